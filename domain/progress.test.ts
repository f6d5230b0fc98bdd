import { describe, expect, it } from "vitest";
import { progressFromCounts, summariseProgress } from "./progress";

describe("summariseProgress", () => {
  it("leaves page furniture out of the share to approve", () => {
    const progress = summariseProgress(["APPROVED", "TRANSLATED", "EXCLUDED", "EXCLUDED", "DRAFT", "OUTDATED"]);
    expect(progress).toEqual({
      total: 6,
      included: 4,
      translated: 2,
      approved: 1,
      excluded: 2,
      rejected: 0,
      outdated: 1,
      approvedPercent: 25,
    });
  });

  it("reports 0% rather than dividing by zero for an all-furniture document", () => {
    expect(summariseProgress(["EXCLUDED"]).approvedPercent).toBe(0);
    expect(summariseProgress([]).approvedPercent).toBe(0);
  });

  it("reaches 100% only when every included paragraph is approved", () => {
    expect(summariseProgress(["APPROVED", "APPROVED", "EXCLUDED"]).approvedPercent).toBe(100);
    expect(summariseProgress(["APPROVED", "REJECTED"])).toMatchObject({ approvedPercent: 50, rejected: 1 });
  });
});

describe("progressFromCounts", () => {
  it("counts the same as the paragraphs' states one by one", () => {
    expect(progressFromCounts({ APPROVED: 2, TRANSLATED: 1, EXCLUDED: 1, OUTDATED: 1, REJECTED: 1, UNTRANSLATED: 0 })).toEqual({
      total: 6,
      included: 5,
      translated: 3,
      approved: 2,
      excluded: 1,
      rejected: 1,
      outdated: 1,
      approvedPercent: 40,
    });
    expect(progressFromCounts({})).toMatchObject({ total: 0, included: 0, approvedPercent: 0 });
  });
});
