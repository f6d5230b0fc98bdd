import { describe, expect, it } from "vitest";
import type { Finding } from "@/domain/qa/types";
import { makeSegment } from "@/tests/fixtures/segment-dto";
import { filterSegments, NO_FILTERS, type Filters } from "./filters";

const segments = [
  makeSegment("a", { sourceText: "La poutine de Pékin", targetText: "" }),
  makeSegment("b", { kind: "TITLE", state: "APPROVED", targetText: "A Title", openCommentCount: 2 }),
  makeSegment("c", { state: "TRANSLATED", targetText: "Saved text" }),
];
const findings = new Map<string, Finding[]>([["c", [{ checkId: "numbers", severity: "error", params: {} }]]]);
const drafts = { a: "Draft about Montréal" };

describe("filterSegments", () => {
  it.each<[string, Partial<Filters>, string[]]>([
    ["nothing", {}, ["a", "b", "c"]],
    ["a state", { state: "APPROVED" }, ["b"]],
    ["a kind", { kind: "TITLE" }, ["b"]],
    ["open comments", { hasComments: true }, ["b"]],
    ["a quality check", { check: "numbers" }, ["c"]],
    ["a search without case or accents", { search: "  POUTINE de pekin " }, ["a"]],
    ["a search in the saved translation", { search: "saved" }, ["c"]],
    ["a search in a draft", { search: "montreal" }, ["a"]],
    ["filters together", { state: "TRANSLATED", search: "title" }, []],
  ])("by %s", (_name, filters, expected) => {
    expect(filterSegments(segments, { ...NO_FILTERS, ...filters }, drafts, findings).map((s) => s.id)).toEqual(expected);
  });
});
