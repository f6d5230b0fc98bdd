import { describe, expect, it } from "vitest";
import { glossaryHints } from "./glossary-hints";
import type { GlossaryEntry } from "./types";

const entry = (sourceTerm: string, targetTerm: string, isCaseSensitive = false): GlossaryEntry => ({ sourceTerm, targetTerm, forbidden: [], isCaseSensitive });
const GLOSSARY = [entry("Élysée", "Élysée Palace"), entry("porte-parole", "spokesman"), entry("Matignon", "Matignon", true), entry("ministère", "ministry")];

describe("glossaryHints", () => {
  it("lists the terms in the French with their translation, flagged until the translation has them", () => {
    const french = "Selon le porte-parole de l'Elysée, le ministère dément.";
    expect(glossaryHints(french, "", GLOSSARY)).toEqual([
      { sourceTerm: "Élysée", targetTerm: "Élysée Palace", isInTarget: false },
      { sourceTerm: "porte-parole", targetTerm: "spokesman", isInTarget: false },
      { sourceTerm: "ministère", targetTerm: "ministry", isInTarget: false },
    ]);
    // As the translator types: plural and case tolerated.
    expect(glossaryHints(french, "According to the Elysée Palace SPOKESMEN, the", GLOSSARY).map((hint) => hint.isInTarget)).toEqual([true, false, false]);
    expect(glossaryHints(french, "The Élysée Palace spokesman says the ministry denies it.", GLOSSARY).every((hint) => hint.isInTarget)).toBe(true);
  });

  it("ignores look-alikes: a term inside another word, or in the wrong case for a case-sensitive entry", () => {
    expect(glossaryHints("Les porte-paroles du matignonnais.", "", GLOSSARY).map((hint) => hint.sourceTerm)).toEqual(["porte-parole"]);
    expect(glossaryHints("Réunion à matignon.", "", GLOSSARY)).toEqual([]);
    expect(glossaryHints("Il pleut.", "It rains.", GLOSSARY)).toEqual([]);
  });
});
