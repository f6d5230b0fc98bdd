import { describe, expect, it } from "vitest";
import type { SegmentKind } from "../segmentation/classify-segment";
import { initialSegmentState } from "./initial-state";
import type { SegmentState } from "./segment-state";

type Row = [SegmentKind, string, SegmentState | undefined, SegmentState];

const rows: Row[] = [
  ["BODY", "A rare trip.", undefined, "TRANSLATED"],
  ["TITLE", "Putin in India", undefined, "TRANSLATED"],
  ["BODY", "", undefined, "UNTRANSLATED"],
  ["BODY", "   ", undefined, "UNTRANSLATED"],
  ["BOILERPLATE", "Advertising", undefined, "EXCLUDED"],
  ["BOILERPLATE", "", undefined, "EXCLUDED"],
  // States carried by the file are kept...
  ["BODY", "A rare trip.", "APPROVED", "APPROVED"],
  ["BODY", "A rare trip.", "REJECTED", "REJECTED"],
  ["BODY", "A rare trip.", "UNTRANSLATED", "UNTRANSLATED"],
  ["BOILERPLATE", "Advertising", "TRANSLATED", "TRANSLATED"],
  ["BODY", "", "EXCLUDED", "EXCLUDED"],
  // ...but a paragraph without English is untranslated whatever the file says.
  ["BODY", "", "APPROVED", "UNTRANSLATED"],
  ["BODY", " ", "DRAFT", "UNTRANSLATED"],
];

// What a translator's import becomes: a state beyond what their role may set is not taken from the file.
const translatorRows: Row[] = [
  ["BODY", "A rare trip.", "APPROVED", "TRANSLATED"],
  ["BODY", "A rare trip.", "REJECTED", "TRANSLATED"],
  ["BODY", "A rare trip.", "EXCLUDED", "TRANSLATED"],
  ["BOILERPLATE", "Advertising", "APPROVED", "EXCLUDED"],
  ["BODY", "", "APPROVED", "UNTRANSLATED"],
  // ...while states a translator reaches by editing are kept.
  ["BODY", "A rare trip.", "DRAFT", "DRAFT"],
  ["BODY", "A rare trip.", "TRANSLATED", "TRANSLATED"],
  ["BODY", "A rare trip.", "UNTRANSLATED", "UNTRANSLATED"],
  ["BOILERPLATE", "Advertising", "TRANSLATED", "TRANSLATED"],
  ["BODY", "A rare trip.", undefined, "TRANSLATED"],
];

describe("initialSegmentState", () => {
  it.each(rows)("a reviewer's import: %s %j (file says %s) -> %s", (kind, targetText, state, expected) => {
    expect(initialSegmentState({ kind, targetText, ...(state ? { state } : {}) }, { canReview: true })).toBe(expected);
  });

  it.each(translatorRows)("a translator's import: %s %j (file says %s) -> %s", (kind, targetText, state, expected) => {
    expect(initialSegmentState({ kind, targetText, ...(state ? { state } : {}) }, { canReview: false })).toBe(expected);
  });
});
