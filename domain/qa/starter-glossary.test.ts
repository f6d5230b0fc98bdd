import { describe, expect, it } from "vitest";
import en from "@/locales/en/glossary.json";
import fr from "@/locales/fr/glossary.json";
import { STARTER_GLOSSARY, STARTER_NOTES, starterNoteKey } from "./starter-glossary";

describe("the starter glossary's notes", () => {
  it("has each note in both interface languages, the English being the text the seed stores", () => {
    expect(en.starterNotes).toEqual(STARTER_NOTES);
    expect(Object.keys(fr.starterNotes).sort()).toEqual(Object.keys(STARTER_NOTES).sort());
    for (const key of Object.keys(STARTER_NOTES) as (keyof typeof STARTER_NOTES)[]) expect(fr.starterNotes[key]).not.toBe(STARTER_NOTES[key]);
  });

  it("recognises a starter note only while it is unchanged, on the French-English glossary", () => {
    const kyiv = STARTER_GLOSSARY.find((term) => term.sourceTerm === "Kiev");
    expect(kyiv?.note).not.toBe("");
    expect(starterNoteKey({ sourceTerm: "Kiev", targetLang: "en", note: kyiv?.note ?? "" })).toBe("kyiv");
    expect(starterNoteKey({ sourceTerm: "Kiev", targetLang: "en", note: "Our own house style note" })).toBeNull();
    expect(starterNoteKey({ sourceTerm: "Kiev", targetLang: "es", note: kyiv?.note ?? "" })).toBeNull();
    expect(starterNoteKey({ sourceTerm: "Moscou", targetLang: "en", note: "" })).toBeNull();
  });
});
