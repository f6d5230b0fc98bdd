"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { insertSentenceTranslation } from "@/domain/memory/insert-sentence";
import type { SegmentKind } from "@/domain/segmentation/classify-segment";
import { getDocumentContract } from "@/server/services/documents/get-document.schema";
import { applyFindingFixContract } from "@/server/services/quality/apply-finding-fix.schema";
import { reviewSegmentContract } from "@/server/services/review/review-segment.schema";
import type { ReviewErrorInput } from "@/server/services/quality/review-error.schema";
import { changeSegmentKindContract } from "@/server/services/segments/change-segment-kind.schema";
import { getSegmentContract } from "@/server/services/segments/get-segment.schema";
import { revertSegmentContract } from "@/server/services/segments/revert-segment.schema";
import { saveSegmentContract } from "@/server/services/segments/save-segment.schema";
import type { SegmentChangeResult, SegmentDto } from "@/server/services/segments/segment-dto.schema";
import { callRoute, type ApiResult } from "../api/client";
import {
  chosenText,
  conflictingSegment,
  createSyncState,
  createTaskQueue,
  findSegment,
  hasUnsavedWork,
  needsRefresh,
  planSave,
  reduceSync,
  type SaveOptions,
  type SyncAction,
} from "./segment-sync";
import type { ConflictChoice, ReviewAction } from "./types";

/**
 * The editor's paragraphs kept in step with the server: drafts, one save queue per paragraph,
 * conflicts and live refreshes. The rules are the pure reducer in segment-sync.ts; this hook
 * only sends the requests and dispatches what comes back.
 */
export function useSegmentSync(documentId: string, lang: string, initialSegments: SegmentDto[], initialRemoved: SegmentDto[] = []) {
  const [state, setState] = useState(() => createSyncState(initialSegments, initialRemoved));
  // Async work reads the latest state through this ref, never a stale closure: an action
  // applies here at once and is rendered after.
  const latest = useRef(state);
  const dispatch = useCallback((action: SyncAction) => {
    latest.current = reduceSync(latest.current, action);
    setState(latest.current);
  }, []);
  const [enqueue] = useState(createTaskQueue);
  // One pending retry per paragraph whose save met a passing failure (database unavailable).
  const retries = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  // A retry calls the latest `save` (defined below) when its timer fires.
  const saveRef = useRef<(id: string, options?: SaveOptions) => Promise<boolean>>(async () => false);
  useEffect(() => {
    const timers = retries.current;
    return () => timers.forEach((timer) => clearTimeout(timer));
  }, []);

  const getSegment = useCallback((id: string) => findSegment(latest.current, id), []);
  const changeDraft = useCallback((id: string, text: string | null) => dispatch({ type: "draftChanged", id, text }), [dispatch]);

  /**
   * Saves the paragraph's draft (if any) and optionally submits it; resolves true on success.
   * After a passing failure the reducer says when to retry, and the save runs again then with
   * whatever the paragraph's draft is by that time (the text is never dropped).
   */
  const save = useCallback(
    (id: string, options: SaveOptions = {}): Promise<boolean> =>
      enqueue(id, async () => {
        clearTimeout(retries.current.get(id));
        retries.current.delete(id);
        const plan = planSave(latest.current, id, options);
        if (plan.kind === "missing") return false;
        if (plan.kind === "unchanged") {
          dispatch({ type: "draftChanged", id, text: null });
          return true;
        }
        dispatch({ type: "saveStarted", id });
        const result = await callRoute(saveSegmentContract, {
          params: { id },
          body: { targetText: plan.text, version: plan.version, submit: plan.submit },
        });
        if (!result.ok) {
          dispatch({ type: "saveFailed", id, status: result.status, error: result.error, mine: plan.text, random: Math.random() });
          const status = latest.current.statuses[id];
          if (status?.kind === "retrying") {
            // An explicit text (a conflict's choice) is kept as the draft for the retry.
            if (options.text !== undefined && latest.current.drafts[id] === undefined) dispatch({ type: "draftChanged", id, text: options.text });
            retries.current.set(id, setTimeout(() => void saveRef.current(id, { submit: options.submit }), status.retryInMs));
          }
          return status?.kind === "saved";
        }
        dispatch({ type: "saveSucceeded", id, sent: plan.text, segment: result.data.segment });
        return true;
      }),
    [dispatch, enqueue],
  );
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  /**
   * One change of one paragraph through the API, in the paragraph's queue, sent with the
   * version it is based on. A success or a 409 brings the paragraph up to date; `clearsDraft`
   * drops unsaved text the change replaces (a fix, a restore).
   */
  const mutate = useCallback(
    (id: string, send: (version: number) => Promise<ApiResult<SegmentChangeResult>>, clearsDraft = false): Promise<ApiResult<SegmentChangeResult>> =>
      enqueue(id, async () => {
        const segment = findSegment(latest.current, id);
        if (!segment) return { ok: false as const, status: 404, error: { code: "NOT_FOUND", params: {} } };
        const result = await send(segment.version);
        if (result.ok) dispatch({ type: "segmentChanged", segment: result.data.segment, clearsDraft });
        else {
          const current = conflictingSegment(result.status, result.error);
          if (current) dispatch({ type: "segmentChanged", segment: current });
        }
        return result;
      }),
    [dispatch, enqueue],
  );

  const review = useCallback(
    (id: string, action: ReviewAction, reason?: string, error?: ReviewErrorInput) =>
      mutate(id, (version) =>
        callRoute(reviewSegmentContract, {
          params: { id },
          body: action === "reject" ? { action, version, reason: reason ?? "", ...(error ? { error } : {}) } : { action, version },
        }),
      ),
    [mutate],
  );
  const applyFix = useCallback(
    (id: string, checkId: string, error?: ReviewErrorInput) =>
      mutate(id, (version) => callRoute(applyFindingFixContract, { params: { id }, body: { checkId, version, ...(error ? { error } : {}) } }), true),
    [mutate],
  );
  const changeKind = useCallback(
    (id: string, kind: SegmentKind) => mutate(id, (version) => callRoute(changeSegmentKindContract, { params: { id }, body: { kind, version } })),
    [mutate],
  );
  const restore = useCallback(
    (id: string, revisionId: string) => mutate(id, (version) => callRoute(revertSegmentContract, { params: { id }, body: { revisionId, version } }), true),
    [mutate],
  );

  /**
   * Inserts a translation-memory match as the paragraph's text: saved at once through the one
   * write path with the unit's id, so the history records it as from memory; unsaved text is replaced.
   */
  const insertFromMemory = useCallback(
    (id: string, match: { unitId: number; target: string }) =>
      mutate(id, (version) => callRoute(saveSegmentContract, { params: { id }, body: { targetText: match.target, version, memoryUnitId: match.unitId } }), true),
    [mutate],
  );

  /**
   * Inserts a memory match of ONE sentence of the paragraph into its translation (the unsaved
   * text if any, else the saved one), by the rule of `insertSentenceTranslation`: the sentence at
   * the same place replaced when the translation has as many sentences as the French, otherwise
   * appended. Saved at once with the unit's id (history: from memory); the draft it used is cleared.
   */
  const insertSentenceFromMemory = useCallback(
    (id: string, match: { unitId: number; target: string }, sentence: { index: number; sourceLang: string; targetLang: string }) =>
      mutate(
        id,
        (version) => {
          const segment = findSegment(latest.current, id);
          const current = latest.current.drafts[id] ?? segment?.targetText ?? "";
          const { text } = insertSentenceTranslation({ source: segment?.sourceText ?? "", target: current, sourceLang: sentence.sourceLang, targetLang: sentence.targetLang, index: sentence.index, translation: match.target });
          return callRoute(saveSegmentContract, { params: { id }, body: { targetText: text, version, memoryUnitId: match.unitId } });
        },
        true,
      ),
    [mutate],
  );

  const resolveConflict = useCallback(
    (id: string, choice: ConflictChoice) => {
      const text = chosenText(latest.current.conflicts[id], choice);
      dispatch({ type: "conflictResolved", id, choice });
      if (text !== null) void save(id, { text });
    },
    [dispatch, save],
  );

  /** Reloads every paragraph (drafts kept); resolves with the document, or null if it failed. */
  const reload = useCallback(async () => {
    const result = await callRoute(getDocumentContract, { params: { id: documentId }, query: { lang } });
    if (result.ok) dispatch({ type: "documentReloaded", segments: result.data.segments, removedSegments: result.data.removedSegments });
    return result.ok ? result.data : null;
  }, [dispatch, documentId, lang]);

  /** Fetches one paragraph someone else changed, unless the user has unsaved text in it. */
  const refreshSegment = useCallback(
    async (id: string) => {
      if (latest.current.drafts[id] !== undefined) return;
      const result = await callRoute(getSegmentContract, { params: { id } });
      if (result.ok) dispatch({ type: "segmentRefreshed", segment: result.data });
    },
    [dispatch],
  );

  /** A live event: the paragraph is now at `version` on the server. */
  const segmentUpdated = useCallback(
    (id: string, version: number) => {
      if (needsRefresh(latest.current, id, version)) void refreshSegment(id);
    },
    [refreshSegment],
  );

  const hasUnsaved = useMemo(() => hasUnsavedWork(state), [state]);

  return {
    ...state,
    hasUnsaved,
    getSegment,
    changeDraft,
    save,
    review,
    applyFix,
    changeKind,
    restore,
    insertFromMemory,
    insertSentenceFromMemory,
    resolveConflict,
    reload,
    refreshSegment,
    segmentUpdated,
  };
}
