import { describe, expect, it } from "vitest";
import { containsMemoryTranslation, insertSentenceTranslation } from "./insert-sentence";

const SOURCE = "Le président est arrivé à Berlin jeudi. Il doit rencontrer le chancelier vendredi. M. Scholz l'attend.";

describe("insertSentenceTranslation", () => {
  it("replaces the sentence at the same place when the translation has as many sentences as the French", () => {
    const target = "The president arrived in Berlin on Thursday. He will meet him Friday. Mr. Scholz is waiting for him.";
    expect(insertSentenceTranslation({ source: SOURCE, target, sourceLang: "fr", targetLang: "en", index: 1, translation: "He is due to meet the chancellor on Friday." })).toEqual({
      text: "The president arrived in Berlin on Thursday. He is due to meet the chancellor on Friday. Mr. Scholz is waiting for him.",
      mode: "replaced",
    });
  });

  it("appends the sentence when the translation has fewer sentences, so that an in-order translation builds up", () => {
    expect(insertSentenceTranslation({ source: SOURCE, target: "The president arrived in Berlin on Thursday. ", sourceLang: "fr", targetLang: "en", index: 1, translation: "He is due to meet the chancellor on Friday." })).toEqual({
      text: "The president arrived in Berlin on Thursday. He is due to meet the chancellor on Friday.",
      mode: "appended",
    });
  });

  it("makes an empty translation the sentence's translation", () => {
    expect(insertSentenceTranslation({ source: SOURCE, target: "  ", sourceLang: "fr", targetLang: "en", index: 2, translation: "Mr. Scholz is waiting  for him." })).toEqual({
      text: "Mr. Scholz is waiting for him.",
      mode: "appended",
    });
  });
});

describe("containsMemoryTranslation", () => {
  it("accepts the unit's translation as the whole text or as one part, white space aside, and nothing else", () => {
    expect(containsMemoryTranslation("He is due to meet the chancellor on Friday.", "He is due to meet the chancellor on Friday.")).toBe(true);
    expect(containsMemoryTranslation("The president arrived.  He is due to meet\nthe chancellor on Friday.", "He is due to meet the chancellor on Friday.")).toBe(true);
    expect(containsMemoryTranslation("The president arrived. He will meet the chancellor on Friday.", "He is due to meet the chancellor on Friday.")).toBe(false);
    expect(containsMemoryTranslation("Anything", "")).toBe(false);
  });
});
