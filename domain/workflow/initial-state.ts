import type { SegmentKind } from "../segmentation/classify-segment";
import type { SegmentState } from "./segment-state";

/**
 * What the importer may do, decided on the server from their role (`can(actor, "segment:approve")`),
 * never from the request: a file's states are only as trusted as the person importing it.
 */
export type ImporterRights = { canReview: boolean };

/** The states an importer who may not review can still give a paragraph: those editing reaches. */
const STATES_WITHOUT_REVIEW: ReadonlySet<SegmentState> = new Set(["UNTRANSLATED", "DRAFT", "TRANSLATED"]);

/**
 * The state an imported paragraph starts in. A state the file carries (XLIFF) is kept if the
 * importer could have set it themselves: a translator's file cannot approve, reject or exclude,
 * so such a state is ignored and the paragraph awaits review like any other import. A paragraph
 * without English cannot be further than untranslated (excluded stays excluded). Otherwise page
 * furniture starts excluded (kept for the record, never exported unless included again), a
 * paragraph with English awaits review, and one without is untranslated.
 */
export function initialSegmentState(pair: { kind: SegmentKind; targetText: string; state?: SegmentState }, importer: ImporterRights): SegmentState {
  const hasText = pair.targetText.trim() !== "";
  const fileState = pair.state && (importer.canReview || STATES_WITHOUT_REVIEW.has(pair.state)) ? pair.state : undefined;
  if (fileState) return hasText || fileState === "EXCLUDED" ? fileState : "UNTRANSLATED";
  if (pair.kind === "BOILERPLATE") return "EXCLUDED";
  return hasText ? "TRANSLATED" : "UNTRANSLATED";
}
