/**
 * The life of a paragraph in review, in workflow order. Mirrors the Prisma enum
 * `SegmentState`; the order matters for sorting and progress.
 */
export const SEGMENT_STATES = ["UNTRANSLATED", "DRAFT", "TRANSLATED", "APPROVED", "REJECTED", "OUTDATED", "EXCLUDED"] as const;
export type SegmentState = (typeof SEGMENT_STATES)[number];

export function isSegmentState(value: unknown): value is SegmentState {
  return typeof value === "string" && (SEGMENT_STATES as readonly string[]).includes(value);
}

/** What a person does to a paragraph. */
export type SegmentAction =
  | { type: "edit"; targetText: string; isReviewer: boolean }
  | { type: "submit"; targetText: string }
  | { type: "approve"; targetText: string }
  | { type: "reject"; reason: string }
  | { type: "exclude" }
  | { type: "include"; targetText: string }
  /** A new kind (title, caption, body...): what the paragraph is changed, so an approval of it no longer holds. */
  | { type: "reclassify" }
  /**
   * The French changed under the translation (a new source revision): a translation that exists
   * needs a look. Saving it again, or confirming it (submit, approve), ends that.
   */
  | { type: "outdate"; targetText: string }
  /** Undoing a batch: back to the state the paragraph had before it, as its history recorded. */
  | { type: "restore"; state: SegmentState };

export type TransitionRefusal =
  | "empty-target"
  | "reason-required"
  | "already-excluded"
  | "not-excluded"
  | "excluded-segment"
  | "not-reviewable";

export type TransitionResult = { ok: true; state: SegmentState } | { ok: false; refusal: TransitionRefusal };

const refuse = (refusal: TransitionRefusal): TransitionResult => ({ ok: false, refusal });
const to = (state: SegmentState): TransitionResult => ({ ok: true, state });

/**
 * The one place that decides which state a paragraph moves to. Illegal moves are refusals,
 * never silent no-ops, so the service can tell the user why.
 */
export function transitionSegment(from: SegmentState, action: SegmentAction): TransitionResult {
  switch (action.type) {
    case "edit": {
      if (from === "EXCLUDED") return refuse("excluded-segment");
      if (action.targetText.trim() === "") return to("UNTRANSLATED");
      // Editing an approved paragraph sends it back to review, whoever edits it.
      if (from === "APPROVED" || from === "TRANSLATED" || from === "OUTDATED") return to("TRANSLATED");
      // A reviewer's correction is a finished translation awaiting approval, not a draft.
      return to(action.isReviewer ? "TRANSLATED" : "DRAFT");
    }
    case "submit": {
      if (from === "EXCLUDED") return refuse("excluded-segment");
      if (action.targetText.trim() === "") return refuse("empty-target");
      if (from === "APPROVED") return to("APPROVED");
      return to("TRANSLATED");
    }
    case "approve": {
      if (from === "EXCLUDED") return refuse("excluded-segment");
      if (action.targetText.trim() === "") return refuse("empty-target");
      if (from === "UNTRANSLATED") return refuse("not-reviewable");
      return to("APPROVED");
    }
    case "reject": {
      if (from === "EXCLUDED") return refuse("excluded-segment");
      if (from === "UNTRANSLATED") return refuse("not-reviewable");
      if (action.reason.trim() === "") return refuse("reason-required");
      return to("REJECTED");
    }
    case "exclude":
      return from === "EXCLUDED" ? refuse("already-excluded") : to("EXCLUDED");
    case "include":
      if (from !== "EXCLUDED") return refuse("not-excluded");
      return to(action.targetText.trim() === "" ? "UNTRANSLATED" : "TRANSLATED");
    case "reclassify":
      // Approval was given to the paragraph as the kind it had: a caption approved as body text is reviewed again.
      return to(from === "APPROVED" ? "TRANSLATED" : from);
    case "outdate":
      // Nothing to invalidate in an empty or excluded paragraph: it keeps its state.
      if (from === "EXCLUDED" || action.targetText.trim() === "") return to(from);
      return to("OUTDATED");
    case "restore":
      // Only offered for a paragraph nobody changed since the batch, so the state is still the one it recorded.
      return to(action.state);
  }
}
