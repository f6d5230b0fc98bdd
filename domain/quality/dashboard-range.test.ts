import { describe, expect, it } from "vitest";
import { daysOf, resolveDashboardRange } from "./dashboard-range";

const today = new Date("2026-11-27T15:00:00Z");

describe("resolveDashboardRange", () => {
  it("defaults to the last 30 days, today included", () => {
    expect(resolveDashboardRange({}, today)).toEqual({ from: "2026-10-29", to: "2026-11-27", days: 30 });
  });

  it.each([
    [{ from: "2026-02-30" }, { field: "from", reason: "invalid-date" }],
    [{ to: "27/11/2026" }, { field: "to", reason: "invalid-date" }],
    [{ from: "2026-11-10", to: "2026-11-09" }, { field: "to", reason: "before-start" }],
    [{ from: "2025-11-26", to: "2026-11-27" }, { field: "to", reason: "range-too-long" }],
  ])("refuses %j", (input, problem) => {
    expect(resolveDashboardRange(input, today)).toEqual(problem);
  });

  it("accepts a whole leap year of 366 days and a single day", () => {
    expect(resolveDashboardRange({ from: "2028-01-01", to: "2028-12-31" }, today)).toEqual({ from: "2028-01-01", to: "2028-12-31", days: 366 });
    expect(resolveDashboardRange({ from: "2026-11-27", to: "2026-11-27" }, today)).toEqual({ from: "2026-11-27", to: "2026-11-27", days: 1 });
  });
});

describe("daysOf", () => {
  it("lists every day across a month's end", () => {
    expect(daysOf({ from: "2026-10-30", days: 4 })).toEqual(["2026-10-30", "2026-10-31", "2026-11-01", "2026-11-02"]);
  });
});
