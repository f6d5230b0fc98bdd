"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { checkSegment, findingMessageKey } from "@/domain/qa/engine";
import { openFindings } from "@/domain/qa/open-findings";
import type { Dismissal } from "@/domain/qa/text-hash";
import type { CheckContext, Finding, GlossaryEntry } from "@/domain/qa/types";
import type { SegmentDto } from "@/server/services/segments/segment-dto.schema";

/** Paragraph-level findings per segment object: a save replaces the object, so only it is checked again. */
const cache = new WeakMap<SegmentDto, { context: CheckContext; findings: Finding[] }>();

function paragraphFindings(segment: SegmentDto, context: CheckContext): Finding[] {
  let cached = cache.get(segment);
  if (!cached || cached.context !== context) {
    cached = { context, findings: checkSegment(segment, context) };
    cache.set(segment, cached);
  }
  return cached.findings;
}

const isChecked = (segment: SegmentDto, context: CheckContext) => cache.get(segment)?.context === context;

/**
 * Up to this many paragraphs not yet checked are checked during the render (a save, a live
 * update, an ordinary article's load). More (a long document's load, a reload that replaced
 * more than this many) are checked in slices between frames, so that the rows are drawn and the
 * page answers clicks and keys first (decision 025).
 */
export const CHECK_DURING_RENDER_UP_TO = 300;
/** A slice of paragraph checks ends once it has run this long (ms). */
const SLICE_MS = 8;

const NO_FINDINGS = new Map<string, Finding[]>();

/**
 * Runs the quality checks in the browser, on every change, with the same code as the server.
 * While a long document's paragraphs are being checked in slices, the findings last computed
 * stay shown (none on the page's load).
 */
export function useFindings(segments: SegmentDto[], glossary: GlossaryEntry[], dismissals: Dismissal[], sourceLang: string, targetLang: string) {
  const context = useMemo<CheckContext>(() => ({ glossary, sourceLang, targetLang }), [glossary, sourceLang, targetLang]);
  // The paragraphs whose checks ran in slices, once all of them have: then their findings are computed.
  const [sliced, setSliced] = useState<{ segments: SegmentDto[]; context: CheckContext } | null>(null);
  const isReady = useMemo(() => {
    if (sliced?.segments === segments && sliced.context === context) return true;
    let unchecked = 0;
    for (const segment of segments) if (!isChecked(segment, context) && ++unchecked > CHECK_DURING_RENDER_UP_TO) return false;
    return true;
  }, [segments, context, sliced]);

  useEffect(() => {
    if (isReady) return;
    let index = 0;
    let timer: ReturnType<typeof setTimeout>;
    const slice = () => {
      const until = performance.now() + SLICE_MS;
      while (index < segments.length && performance.now() < until) paragraphFindings(segments[index++], context);
      if (index < segments.length) timer = setTimeout(slice, 0);
      else setSliced({ segments, context });
    };
    timer = setTimeout(slice, 0);
    return () => clearTimeout(timer);
  }, [isReady, segments, context]);

  const computed = useMemo(() => {
    if (!isReady) return null;
    const findings = openFindings(segments, context, dismissals, (segment) => paragraphFindings(segment, context));
    const result = new Map<string, Finding[]>();
    segments.forEach((segment, index) => {
      if (findings[index].length > 0) result.set(segment.id, findings[index]);
    });
    return result;
  }, [isReady, segments, context, dismissals]);

  // The findings last computed, shown while newer ones are being checked in slices.
  const [shown, setShown] = useState(NO_FINDINGS);
  if (computed !== null && computed !== shown) setShown(computed);
  return computed ?? shown;
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
