import type { SegmentKind } from "../segmentation/classify-segment";
import type { SegmentState } from "./segment-state";

/**
 * The state an imported paragraph starts in. A state the file carries (XLIFF) is kept, except
 * that a paragraph without English cannot be further than untranslated (excluded stays excluded).
 * Otherwise page furniture starts excluded (kept for the record, never exported unless included
 * again), a paragraph with English awaits review, and one without is untranslated.
 */
export function initialSegmentState(pair: { kind: SegmentKind; targetText: string; state?: SegmentState }): SegmentState {
  const hasText = pair.targetText.trim() !== "";
  if (pair.state) return hasText || pair.state === "EXCLUDED" ? pair.state : "UNTRANSLATED";
  if (pair.kind === "BOILERPLATE") return "EXCLUDED";
  return hasText ? "TRANSLATED" : "UNTRANSLATED";
}
