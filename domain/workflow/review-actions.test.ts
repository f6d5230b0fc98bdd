import { describe, expect, it } from "vitest";
import { availableReviewActions, type ReviewAction, type ReviewRights } from "./review-actions";
import type { SegmentState } from "./segment-state";

const TRANSLATOR: ReviewRights = { canSubmit: true, canApprove: false, canReject: false, canExclude: false };
const REVIEWER: ReviewRights = { canSubmit: true, canApprove: true, canReject: true, canExclude: true };
const PUBLISHER: ReviewRights = { canSubmit: false, canApprove: false, canReject: false, canExclude: false };

const text = "Vladimir Putin is in New Delhi.";

type Row = [SegmentState, string, ReviewRights, ReviewAction[]];

const rows: Row[] = [
  ["UNTRANSLATED", "", REVIEWER, ["exclude"]],
  ["UNTRANSLATED", "", TRANSLATOR, []],
  // An XLIFF unit marked as needing translation can carry a text: it can be submitted, not reviewed.
  ["UNTRANSLATED", text, REVIEWER, ["submit", "exclude"]],
  ["DRAFT", text, REVIEWER, ["submit", "approve", "reject", "exclude"]],
  ["DRAFT", text, TRANSLATOR, ["submit"]],
  ["TRANSLATED", text, REVIEWER, ["approve", "reject", "exclude"]],
  ["TRANSLATED", text, TRANSLATOR, []],
  ["APPROVED", text, REVIEWER, ["reject", "exclude"]],
  ["APPROVED", text, TRANSLATOR, []],
  // A rejected paragraph can be rejected again, with a further reason.
  ["REJECTED", text, REVIEWER, ["submit", "approve", "reject", "exclude"]],
  ["REJECTED", text, TRANSLATOR, ["submit"]],
  // The French changed: "submit" confirms the English is still right (a reviewer may approve it directly).
  ["OUTDATED", text, REVIEWER, ["submit", "approve", "reject", "exclude"]],
  ["OUTDATED", text, TRANSLATOR, ["submit"]],
  ["OUTDATED", text, PUBLISHER, []],
  ["EXCLUDED", "Advertising", REVIEWER, ["include"]],
  ["EXCLUDED", "", REVIEWER, ["include"]],
  ["EXCLUDED", "Advertising", TRANSLATOR, []],
  ["TRANSLATED", text, PUBLISHER, []],
  ["REJECTED", text, PUBLISHER, []],
];

describe("availableReviewActions", () => {
  it.each(rows)("%s %j with %j -> %j", (state, targetText, rights, expected) => {
    expect(availableReviewActions({ state, targetText }, rights)).toEqual(expected);
  });

  it("never offers what the rights forbid, whatever the state", () => {
    const onlyReject: ReviewRights = { canSubmit: false, canApprove: false, canReject: true, canExclude: false };
    expect(availableReviewActions({ state: "DRAFT", targetText: text }, onlyReject)).toEqual(["reject"]);
  });
});
