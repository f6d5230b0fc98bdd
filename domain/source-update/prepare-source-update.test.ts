import { describe, expect, it } from "vitest";
import { prepareSourceUpdate, readSourceFile } from "./prepare-source-update";

const bytes = (text: string) => new TextEncoder().encode(text);
const OLD = ["Le conseil adopte le budget", "Les élus se sont réunis lundi soir à l'hôtel de ville.", "Le maire a présenté un budget de douze millions d'euros."];

describe("readSourceFile", () => {
  it.each([
    ["an empty file", "", "empty-source"],
    ["blank lines only", "\n \n\t\n", "empty-source"],
    ["an XLIFF file", '<?xml version="1.0"?><xliff version="1.2"><file source-language="fr"><body></body></file></xliff>', "source-xliff"],
  ])("refuses %s", (_, text, reason) => {
    expect(readSourceFile({ bytes: bytes(text) })).toMatchObject({ ok: false, reason });
  });

  it("reads Markdown and HTML as the import does, bullets noted", () => {
    expect(readSourceFile({ bytes: bytes("# Titre\n\nUn paragraphe.\n\n- Inde"), name: "a.md" })).toMatchObject({
      ok: true,
      paragraphs: [{ text: "Titre" }, { text: "Un paragraphe." }, { text: "Inde", isBulleted: true }],
    });
    expect(readSourceFile({ bytes: bytes("<p>Un</p><p>Deux</p>"), format: "html" })).toMatchObject({ ok: true, paragraphs: [{ text: "Un" }, { text: "Deux" }] });
  });
});

describe("prepareSourceUpdate", () => {
  it("compares with the current French and says when only whitespace changed", () => {
    const same = prepareSourceUpdate({ oldParagraphs: OLD, file: { bytes: bytes(OLD.map((p) => p.replace(" ", "  ")).join("\n\n")) } });
    expect(same).toMatchObject({ ok: true, isUnchanged: true, looksEnglish: false });
    const edited = prepareSourceUpdate({ oldParagraphs: OLD, file: { bytes: bytes([OLD[0], OLD[1], OLD[2].replace("douze", "treize")].join("\n\n")) } });
    expect(edited).toMatchObject({ ok: true, isUnchanged: false, comparison: { counts: { unchanged: 2, edited: 1 } } });
  });

  it("notices English given as the French", () => {
    const english = "The council adopts the budget\n\nCouncillors met on Monday evening at the town hall.\n\nThe mayor presented a budget of twelve million euros.";
    expect(prepareSourceUpdate({ oldParagraphs: OLD, file: { bytes: bytes(english) } })).toMatchObject({ ok: true, looksEnglish: true });
  });

  it("describes a corrected pairing, and refuses a malformed one with its code", () => {
    const text = bytes(OLD.join("\n\n"));
    const corrected = prepareSourceUpdate({ oldParagraphs: OLD, file: { bytes: text }, links: [{ old: [0], new: [0] }, { old: [1], new: [] }, { old: [], new: [1] }, { old: [2], new: [2] }] });
    expect(corrected).toMatchObject({ ok: true, comparison: { counts: { unchanged: 2, removed: 1, inserted: 1 } } });
    expect(prepareSourceUpdate({ oldParagraphs: OLD, file: { bytes: text }, links: [{ old: [0], new: [0] }] })).toEqual({ ok: false, kind: "links", code: "MISSING" });
  });
});
