import { describe, expect, it } from "vitest";
import { documentSearchWords, MAX_DOCUMENT_SEARCH_WORDS, MIN_DOCUMENT_SEARCH_PREFIX, toFts5Query, toTsQuery } from "./document-search";

describe("documentSearchWords", () => {
  it.each([
    ["Russie", ["russie"]],
    ["  la Russie et l'Inde ", ["la", "russie", "et", "l", "inde"]],
    ["Pékin, 2026 !", ["pékin", "2026"]],
    ["inde INDE Inde", ["inde"]],
    ['" OR * NEAR( ) -- ; DROP', ["or", "near", "drop"]],
    ["", []],
    ["?!…", []],
  ])("%j has the words %j", (query, words) => {
    expect(documentSearchWords(query)).toEqual(words);
  });

  it(`keeps the first ${MAX_DOCUMENT_SEARCH_WORDS} words`, () => {
    expect(documentSearchWords("a b c d e f g h i j")).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
  });
});

describe("index queries", () => {
  it("asks FTS5 for every word as a quoted prefix", () => {
    expect(toFts5Query(["russie", "inde"])).toBe('"russie"* AND "inde"*');
  });
  it("asks PostgreSQL for every word as a prefix", () => {
    expect(toTsQuery(["russie", "inde"])).toBe("russie:* & inde:*");
  });
  it(`asks for a word shorter than ${MIN_DOCUMENT_SEARCH_PREFIX} letters as a whole word`, () => {
    expect(toFts5Query(["l", "ue", "pib", "inde", "été"])).toBe('"l" AND "ue" AND "pib" AND "inde"* AND "été"');
    expect(toTsQuery(["l", "ue", "pib", "inde", "été"])).toBe("l & ue & pib & inde:* & été");
  });
});
