"use client";

import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { checkSegment, findingMessageKey } from "@/domain/qa/engine";
import { openFindings } from "@/domain/qa/open-findings";
import type { Dismissal } from "@/domain/qa/text-hash";
import type { CheckContext, Finding, GlossaryEntry } from "@/domain/qa/types";
import type { SegmentDto } from "@/server/services/segments/segment-dto.schema";

/** Paragraph-level findings per segment object: a save replaces the object, so only it is checked again. */
const cache = new WeakMap<SegmentDto, { context: CheckContext; findings: Finding[] }>();

/** Runs the quality checks in the browser, on every change, with the same code as the server. */
export function useFindings(segments: SegmentDto[], glossary: GlossaryEntry[], dismissals: Dismissal[], sourceLang: string, targetLang: string) {
  const context = useMemo<CheckContext>(() => ({ glossary, sourceLang, targetLang }), [glossary, sourceLang, targetLang]);
  return useMemo(() => {
    const findings = openFindings(segments, context, dismissals, (segment) => {
      let cached = cache.get(segment);
      if (!cached || cached.context !== context) {
        cached = { context, findings: checkSegment(segment, context) };
        cache.set(segment, cached);
      }
      return cached.findings;
    });
    const result = new Map<string, Finding[]>();
    segments.forEach((segment, index) => {
      if (findings[index].length > 0) result.set(segment.id, findings[index]);
    });
    return result;
  }, [segments, context, dismissals]);
}

/** A finding as a sentence in the user's language. */
export function useFindingMessage() {
  const { t } = useTranslation("qa");
  return useCallback(
    (finding: Finding): string => {
      return t(`messages.${findingMessageKey(finding)}`, finding.params);
    },
    [t],
  );
}
