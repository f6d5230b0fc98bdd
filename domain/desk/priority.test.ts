import { describe, expect, it } from "vitest";
import { compareWork, isOverdue, type QueuedWork } from "./priority";
import { mayHoldSlot } from "./assignment-roles";

const at = (iso: string | null) => (iso === null ? null : new Date(iso));

describe("compareWork", () => {
  it("puts breaking before urgent before normal, whatever the due times", () => {
    const work: (QueuedWork & { name: string })[] = [
      { name: "normal-early", priority: "NORMAL", dueAt: at("2026-01-01T08:00:00Z") },
      { name: "breaking-late", priority: "BREAKING", dueAt: at("2026-12-01T08:00:00Z") },
      { name: "urgent-none", priority: "URGENT", dueAt: null },
    ];
    expect([...work].sort(compareWork).map((w) => w.name)).toEqual(["breaking-late", "urgent-none", "normal-early"]);
  });

  it("within one priority, orders by due time with undated work last", () => {
    const work = [
      { name: "none", priority: "URGENT" as const, dueAt: null },
      { name: "late", priority: "URGENT" as const, dueAt: at("2026-03-01T10:00:00Z") },
      { name: "early", priority: "URGENT" as const, dueAt: at("2026-03-01T09:00:00Z") },
    ];
    expect([...work].sort(compareWork).map((w) => w.name)).toEqual(["early", "late", "none"]);
  });
});

describe("isOverdue", () => {
  it("is overdue only after the due time", () => {
    const now = new Date("2026-03-01T10:00:00Z");
    expect(isOverdue(at("2026-03-01T09:59:00Z"), now)).toBe(true);
    expect(isOverdue(at("2026-03-01T10:01:00Z"), now)).toBe(false);
    expect(isOverdue(null, now)).toBe(false);
  });
});

describe("mayHoldSlot", () => {
  it("keeps publishers out of translating and translators out of reviewing", () => {
    expect(mayHoldSlot("PUBLISHER", "translator")).toBe(false);
    expect(mayHoldSlot("TRANSLATOR", "reviewer")).toBe(false);
    expect(mayHoldSlot("TRANSLATOR", "translator")).toBe(true);
    expect(mayHoldSlot("ADMIN", "publisher")).toBe(true);
  });
});
