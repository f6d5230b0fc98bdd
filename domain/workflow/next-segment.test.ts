import { describe, expect, it } from "vitest";
import type { SegmentState } from "./segment-state";
import { findNextNeedingWork } from "./next-segment";

const doc: SegmentState[] = ["APPROVED", "DRAFT", "EXCLUDED", "TRANSLATED", "REJECTED", "APPROVED"];

describe("findNextNeedingWork", () => {
  it.each([
    [0, false, 1],
    [1, false, 4],
    [4, false, 1],
    [1, true, 3],
    [3, true, 4],
    [4, true, 1],
  ])("from %i (reviewer: %s) goes to %i", (from, isReviewer, expected) => {
    expect(findNextNeedingWork(doc, from, isReviewer)).toBe(expected);
  });

  // The French of these changed: a translator and a reviewer both stop there, not at the approved neighbours.
  const updated: SegmentState[] = ["APPROVED", "OUTDATED", "APPROVED", "TRANSLATED", "OUTDATED"];
  it.each([
    [0, false, 1],
    [1, false, 4],
    [4, false, 1],
    [1, true, 3],
    [3, true, 4],
  ])("after a change of the French, from %i (reviewer: %s) goes to %i", (from, isReviewer, expected) => {
    expect(findNextNeedingWork(updated, from, isReviewer)).toBe(expected);
  });

  it("returns null when nothing else needs work", () => {
    expect(findNextNeedingWork(["DRAFT", "APPROVED", "EXCLUDED"], 0, false)).toBeNull();
    expect(findNextNeedingWork([], 0, true)).toBeNull();
  });
});
