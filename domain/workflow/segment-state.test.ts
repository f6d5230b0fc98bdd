import { describe, expect, it } from "vitest";
import { transitionSegment, type SegmentAction, type SegmentState } from "./segment-state";

type Row = [SegmentState, SegmentAction, SegmentState | `refused:${string}`];

const text = "Vladimir Putin is in New Delhi.";

const rows: Row[] = [
  // Translators write drafts; reviewers' edits are ready for review.
  ["UNTRANSLATED", { type: "edit", targetText: text, isReviewer: false }, "DRAFT"],
  ["UNTRANSLATED", { type: "edit", targetText: text, isReviewer: true }, "TRANSLATED"],
  ["DRAFT", { type: "edit", targetText: "   ", isReviewer: false }, "UNTRANSLATED"],
  ["REJECTED", { type: "edit", targetText: text, isReviewer: false }, "DRAFT"],
  // Editing an approved paragraph sends it back to review.
  ["APPROVED", { type: "edit", targetText: text, isReviewer: false }, "TRANSLATED"],
  ["APPROVED", { type: "edit", targetText: text, isReviewer: true }, "TRANSLATED"],
  ["EXCLUDED", { type: "edit", targetText: text, isReviewer: true }, "refused:excluded-segment"],
  ["DRAFT", { type: "submit", targetText: text }, "TRANSLATED"],
  ["REJECTED", { type: "submit", targetText: text }, "TRANSLATED"],
  ["DRAFT", { type: "submit", targetText: "" }, "refused:empty-target"],
  ["TRANSLATED", { type: "approve", targetText: text }, "APPROVED"],
  ["DRAFT", { type: "approve", targetText: text }, "APPROVED"],
  ["UNTRANSLATED", { type: "approve", targetText: "" }, "refused:empty-target"],
  ["EXCLUDED", { type: "approve", targetText: text }, "refused:excluded-segment"],
  ["TRANSLATED", { type: "reject", reason: "Poutine is the French spelling" }, "REJECTED"],
  ["APPROVED", { type: "reject", reason: "Wrong date" }, "REJECTED"],
  // Rejecting again keeps the state and adds a further reason.
  ["REJECTED", { type: "reject", reason: "Still the French spelling" }, "REJECTED"],
  ["TRANSLATED", { type: "reject", reason: "  " }, "refused:reason-required"],
  ["UNTRANSLATED", { type: "reject", reason: "nothing to review" }, "refused:not-reviewable"],
  ["TRANSLATED", { type: "exclude" }, "EXCLUDED"],
  ["EXCLUDED", { type: "exclude" }, "refused:already-excluded"],
  ["EXCLUDED", { type: "include", targetText: "Advertising" }, "TRANSLATED"],
  ["EXCLUDED", { type: "include", targetText: "" }, "UNTRANSLATED"],
  ["DRAFT", { type: "include", targetText: text }, "refused:not-excluded"],
  // Changing the kind of an approved paragraph sends it back to review; other states stay.
  ["APPROVED", { type: "reclassify" }, "TRANSLATED"],
  ["TRANSLATED", { type: "reclassify" }, "TRANSLATED"],
  ["DRAFT", { type: "reclassify" }, "DRAFT"],
  ["REJECTED", { type: "reclassify" }, "REJECTED"],
  ["EXCLUDED", { type: "reclassify" }, "EXCLUDED"],
  ["UNTRANSLATED", { type: "reclassify" }, "UNTRANSLATED"],
  // Undoing a bulk approval puts the paragraph back where it was.
  ["APPROVED", { type: "restore", state: "TRANSLATED" }, "TRANSLATED"],
];

describe("transitionSegment", () => {
  it.each(rows)("%s + %j -> %s", (from, action, expected) => {
    const result = transitionSegment(from, action);
    const outcome = result.ok ? result.state : `refused:${result.refusal}`;
    expect(outcome).toBe(expected);
  });
});
