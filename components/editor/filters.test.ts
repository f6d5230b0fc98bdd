import { describe, expect, it } from "vitest";
import type { Finding } from "@/domain/qa/types";
import { makeSegment } from "@/tests/fixtures/segment-dto";
import { filterSegments, NO_FILTERS, type Filters } from "./filters";

const segments = [
  makeSegment("a", { sourceText: "La poutine de Pékin", targetText: "" }),
  makeSegment("b", { kind: "TITLE", state: "APPROVED", targetText: "A Title", openCommentCount: 2 }),
  makeSegment("c", { state: "TRANSLATED", targetText: "Saved text" }),
  makeSegment("d", { state: "OUTDATED", targetText: "Delhi on 4 December", previousSourceText: "Delhi le 3 décembre", sourceText: "Delhi le 4 décembre" }),
];
// Removed by a change of the French: out of the article, shown only under their own filter.
const removed = [makeSegment("r", { state: "APPROVED", targetText: "An old paragraph", removedInRevision: 2 })];
const findings = new Map<string, Finding[]>([["c", [{ checkId: "numbers", severity: "error", params: {} }]]]);
const drafts = { a: "Draft about Montréal" };

describe("filterSegments", () => {
  it.each<[string, Partial<Filters>, string[]]>([
    ["nothing", {}, ["a", "b", "c", "d"]],
    ["French changed since translated", { scope: "outdated" }, ["d"]],
    ["removed from the article", { scope: "removed" }, ["r"]],
    ["removed and a search", { scope: "removed", search: "old" }, ["r"]],
    ["removed and a state they do not have", { scope: "removed", state: "DRAFT" }, []],
    ["a state (removed approved paragraphs stay out)", { state: "APPROVED" }, ["b"]],
    ["a kind", { kind: "TITLE" }, ["b"]],
    ["open comments", { hasComments: true }, ["b"]],
    ["a quality check", { check: "numbers" }, ["c"]],
    ["a search without case or accents", { search: "  POUTINE de pekin " }, ["a"]],
    ["a search in the saved translation", { search: "saved" }, ["c"]],
    ["a search in a draft", { search: "montreal" }, ["a"]],
    ["filters together", { state: "TRANSLATED", search: "title" }, []],
  ])("by %s", (_name, filters, expected) => {
    expect(filterSegments(segments, { ...NO_FILTERS, ...filters }, drafts, findings, removed).map((s) => s.id)).toEqual(expected);
  });
});
