import { describe, expect, it } from "vitest";
import { pairSentences, splitSentences } from "./sentences";
import { chooseQueryWords, prefilterWords } from "./search-words";

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

  it("puts numbers of three digits or more first, and keeps at most ten words", () => {
    expect(prefilterWords("Les 1500 manifestants et 20 policiers sont arrivés en 2024 devant la préfecture de Rennes, selon le quotidien régional, hier matin vers midi.")).toEqual([
      "1500",
      "2024",
      "manifestants",
      "préfecture",
      "policiers",
      "quotidien",
      "régional",
      "arrivés",
      "devant",
      "rennes",
    ]);
  });
});

describe("chooseQueryWords", () => {
  it("asks for any of the rarest words under the common-word count, at most six", () => {
    const counts = [
      { word: "président", units: 1000 },
      { word: "2024", units: 12 },
      { word: "manifestants", units: 40 },
      { word: "préfecture", units: 40 },
      { word: "rennes", units: 3 },
      { word: "quotidien", units: 999 },
      { word: "régional", units: 200 },
      { word: "arrivés", units: 500 },
      { word: "devant", units: 1000 },
    ];
    expect(chooseQueryWords(counts)).toEqual({ words: ["rennes", "2024", "manifestants", "préfecture", "régional", "arrivés"], match: "any" });
  });

  it("stops adding rare words once their units would pass the ranking's budget, keeping at least two", () => {
    const counts = [
      { word: "ministre", units: 900 },
      { word: "rennes", units: 700 },
      { word: "quotidien", units: 600 },
      { word: "arrivés", units: 999 },
    ];
    expect(chooseQueryWords(counts)).toEqual({ words: ["quotidien", "rennes"], match: "any" });
    const small = [
      { word: "mercredi", units: 3 },
      { word: "rennes", units: 300 },
      { word: "quotidien", units: 600 },
      { word: "ministre", units: 900 },
    ];
    expect(chooseQueryWords(small)).toEqual({ words: ["mercredi", "rennes", "quotidien"], match: "any" });
    expect(chooseQueryWords([{ word: "arrivés", units: 999 }])).toEqual({ words: ["arrivés"], match: "any" });
  });

  it("asks for all of the three first words when every word is common", () => {
    const counts = ["gouvernement", "président", "annoncé", "réforme"].map((word) => ({ word, units: 1000 }));
    expect(chooseQueryWords(counts)).toEqual({ words: ["gouvernement", "président", "annoncé"], match: "all" });
  });
});
