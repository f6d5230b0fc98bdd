"use client";

import { useEffect, useState } from "react";
import { getSegmentSuggestionsContract, type MemoryMatchDto, type SentenceSuggestionsDto } from "@/server/services/memory/get-segment-suggestions.schema";
import { callRoute, type ApiError } from "../api/client";

export type MemorySuggestions =
  | { status: "idle" }
  | { status: "loading"; segmentId: string }
  | { status: "ready"; segmentId: string; matches: MemoryMatchDto[]; sentences: SentenceSuggestionsDto[]; sentenceCount: number; sentenceLimit: number }
  | { status: "error"; segmentId: string; error: ApiError };

/**
 * The translation memory's matches for the selected paragraph (and for each of its sentences), fetched when the selection (or
 * its French) changes. An answer that arrives after the user moved on is dropped.
 */
export function useMemorySuggestions(segmentId: string | null, sourceText: string | null): MemorySuggestions {
  const [state, setState] = useState<MemorySuggestions>({ status: "idle" });
  useEffect(() => {
    if (segmentId === null) return;
    let isCurrent = true;
    setState({ status: "loading", segmentId }); // eslint-disable-line react-hooks/set-state-in-effect
    void callRoute(getSegmentSuggestionsContract, { params: { id: segmentId } }).then((result) => {
      if (!isCurrent) return;
      setState(result.ok ? { status: "ready", segmentId, ...result.data } : { status: "error", segmentId, error: result.error });
    });
    return () => {
      isCurrent = false;
    };
  }, [segmentId, sourceText]);
  return segmentId === null ? { status: "idle" } : state;
}
