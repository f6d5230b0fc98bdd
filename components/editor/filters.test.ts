import { describe, expect, it } from "vitest";
import type { Finding } from "@/domain/qa/types";
import { makeSegment } from "@/tests/fixtures/segment-dto";
import { activeFilters, filterSegments, filtersFromParams, filtersToParams, NO_FILTERS, type Filters } from "./filters";

const segments = [
  makeSegment("a", { position: 0, sourceText: "La poutine de Pékin", targetText: "" }),
  makeSegment("b", { position: 1, kind: "TITLE", state: "APPROVED", targetText: "A Title", openCommentCount: 2 }),
  makeSegment("c", { position: 2, state: "TRANSLATED", targetText: "Saved text" }),
  makeSegment("d", { position: 3, state: "OUTDATED", targetText: "Delhi on 4 December", previousSourceText: "Delhi le 3 décembre", sourceText: "Delhi le 4 décembre" }),
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
    // The publish checklist's items: the same paragraphs the publish page lists.
    ["what keeps every paragraph from being approved", { blocker: "unapproved" }, ["a", "c", "d"]],
    ["open errors", { blocker: "open-errors" }, ["c"]],
    ["French changed", { blocker: "outdated" }, ["d"]],
  ])("by %s", (_name, filters, expected) => {
    expect(filterSegments(segments, { ...NO_FILTERS, ...filters }, drafts, findings, removed).map((s) => s.id)).toEqual(expected);
  });
});

describe("filters in the address and as chips", () => {
  it("reads the filters the publish page and the Issues tab link to, keeping the language", () => {
    const filters = filtersFromParams(new URLSearchParams("lang=es&blocker=open-errors&check=glossary&state=APPROVED&q=Delhi&comments=1"));
    expect(filters).toEqual({ ...NO_FILTERS, blocker: "open-errors", check: "glossary", state: "APPROVED", search: "Delhi", hasComments: true });
    expect(filtersToParams(filters, new URLSearchParams("lang=es")).toString()).toBe("lang=es&state=APPROVED&comments=1&q=Delhi&check=glossary&blocker=open-errors");
  });

  it("ignores values it does not know instead of hiding every paragraph", () => {
    expect(filtersFromParams(new URLSearchParams("state=NOPE&kind=x&blocker=everything&scope=all&check=<b>"))).toEqual(NO_FILTERS);
  });

  it("clearing a filter takes its parameter out of the address", () => {
    expect(filtersToParams(NO_FILTERS, new URLSearchParams("lang=en&check=glossary&blocker=unapproved")).toString()).toBe("lang=en");
  });

  it("lists as chips every filter that narrows the table, and none when nothing does", () => {
    expect(activeFilters(NO_FILTERS)).toEqual([]);
    expect(activeFilters({ ...NO_FILTERS, search: "   " })).toEqual([]);
    expect(activeFilters({ ...NO_FILTERS, check: "glossary", hasComments: true, scope: "outdated" })).toEqual(["scope", "hasComments", "check"]);
  });
});
