import { describe, expect, it } from "vitest";
import { pairSentences, splitSentences } from "./sentences";
import { prefilterWords } from "./search-words";

describe("splitSentences", () => {
  it("splits a paragraph into sentences, keeping titles and initials whole", () => {
    expect(splitSentences("M. Macron est arrivé lundi. Il repart mardi ! Pourquoi ?", "fr")).toEqual([
      "M. Macron est arrivé lundi.",
      "Il repart mardi !",
      "Pourquoi ?",
    ]);
    expect(splitSentences("Mr. Macron arrived on Monday. He leaves on Tuesday.", "en")).toEqual(["Mr. Macron arrived on Monday.", "He leaves on Tuesday."]);
  });
});

describe("pairSentences", () => {
  it("pairs sentences when both sides have as many, more than one", () => {
    expect(pairSentences("Il pleut. Il vente.", "It rains. It is windy.", "fr", "en")).toEqual([
      { sentence: 1, sourceText: "Il pleut.", targetText: "It rains." },
      { sentence: 2, sourceText: "Il vente.", targetText: "It is windy." },
    ]);
  });

  it("pairs nothing when the translation merged sentences, or for one sentence", () => {
    expect(pairSentences("Il pleut. Il vente.", "It rains and it is windy.", "fr", "en")).toEqual([]);
    expect(pairSentences("Il pleut.", "It rains.", "fr", "en")).toEqual([]);
  });
});

describe("prefilterWords", () => {
  it("keeps distinct words of four characters or more, longest first", () => {
    expect(prefilterWords("Selon l'Élysée, le président se rendra à Berlin, selon lui.")).toEqual(["président", "l'élysée", "berlin", "rendra", "selon"]);
  });

  it("falls back on three-letter words for a very short text", () => {
    expect(prefilterWords("Il a dit oui")).toEqual(["dit", "oui"]);
  });
});
