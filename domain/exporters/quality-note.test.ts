import { describe, expect, it } from "vitest";
import { describeQuality } from "./types";

const quality = { words: 1, errorCount: 1, penaltyPoints: 1, penaltyPer1000Words: 1000, score: 0, maxPenaltyPer1000Words: 10, isPassing: false };

describe("the quality note of XLIFF exports", () => {
  it("counts one error, one point and one word in the singular", () => {
    const note = describeQuality(quality);
    expect(note).toContain("(1 point, 1 error, 1 source word)");
    expect(note).not.toMatch(/\b1 (points|errors|source words)\b/);
  });

  it("counts several in the plural", () => {
    expect(describeQuality({ ...quality, words: 20, errorCount: 4, penaltyPoints: 6 })).toContain("(6 points, 4 errors, 20 source words)");
  });
});
