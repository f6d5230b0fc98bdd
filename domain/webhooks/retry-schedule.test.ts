import { describe, expect, it } from "vitest";
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from "./retry-schedule";

describe("the webhook retry schedule", () => {
  it.each([
    [1, 10_000],
    [2, 40_000],
    [3, 160_000],
    [4, 640_000],
    [5, 2_560_000],
    [6, 10_240_000],
    [7, 28_800_000],
    [8, 28_800_000],
    [9, 28_800_000],
  ])("waits %i failed attempt(s) → %i ms", (attempts, delay) => {
    expect(retryDelayMs(attempts)).toBe(delay);
  });

  it("retries first within 30 seconds, then grows, and gives up about a day after the first attempt", () => {
    expect(retryDelayMs(1)).toBeLessThanOrEqual(30_000);
    let total = 0;
    for (let attempts = 1; attempts < MAX_DELIVERY_ATTEMPTS; attempts += 1) {
      const delay = retryDelayMs(attempts);
      expect(delay).not.toBeNull();
      if (attempts > 1) expect(delay).toBeGreaterThanOrEqual(retryDelayMs(attempts - 1)!);
      total += delay!;
    }
    expect(total / 3_600_000).toBeGreaterThan(20);
    expect(total / 3_600_000).toBeLessThan(30);
    expect(retryDelayMs(MAX_DELIVERY_ATTEMPTS)).toBeNull();
  });

  it("refuses a count that is not an attempt number", () => {
    expect(() => retryDelayMs(0)).toThrow(RangeError);
    expect(() => retryDelayMs(1.5)).toThrow(RangeError);
  });
});
