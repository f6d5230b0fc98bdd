import type { SegmentState } from "./segment-state";

/**
 * What counts as "needing work" for the person pressing Ctrl+Enter. A paragraph whose French
 * changed (OUTDATED) needs everyone: its English must be fixed or confirmed as still right.
 */
const NEEDS_TRANSLATOR: ReadonlySet<SegmentState> = new Set(["UNTRANSLATED", "DRAFT", "REJECTED", "OUTDATED"]);
const NEEDS_REVIEWER: ReadonlySet<SegmentState> = new Set(["UNTRANSLATED", "DRAFT", "TRANSLATED", "REJECTED", "OUTDATED"]);

/**
 * The next paragraph after `fromIndex` that still needs this person's work, wrapping around
 * to the start; null when nothing is left. Excluded and approved paragraphs are skipped.
 */
export function findNextNeedingWork(
  states: readonly SegmentState[],
  fromIndex: number,
  isReviewer: boolean,
): number | null {
  const needs = isReviewer ? NEEDS_REVIEWER : NEEDS_TRANSLATOR;
  for (let step = 1; step <= states.length; step += 1) {
    const index = (fromIndex + step) % states.length;
    if (index !== fromIndex && needs.has(states[index])) return index;
  }
  return null;
}
