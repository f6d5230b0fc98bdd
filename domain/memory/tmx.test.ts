import { describe, expect, it } from "vitest";
import { readTmx, writeMemoryTmx } from "./tmx";

describe("TMX", () => {
  it("reads back what it writes, special characters included", () => {
    const xml = writeMemoryTmx({
      sourceLang: "fr",
      targetLang: "en",
      createdAt: "2026-11-27T00:00:00.000Z",
      units: [
        { sourceText: "Selon l'Élysée, « A & B » < C.", targetText: "According to the Élysée, \"A & B\" < C.", authorName: "Zoé", approvedAt: "2026-11-26T10:11:12.000Z", origin: "APPROVED", documentTitle: "Sommet" },
      ],
    });
    expect(readTmx(xml, "fr", "en")).toEqual({
      ok: true,
      skipped: 0,
      units: [{ sourceText: "Selon l'Élysée, « A & B » < C.", targetText: "According to the Élysée, \"A & B\" < C.", authorName: "Zoé", approvedAt: "2026-11-26T10:11:12.000Z" }],
    });
  });

  it("reads another tool's TMX: regional tags, inline codes dropped, units lacking a side skipped", () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "tmx14.dtd"><tmx version="1.4"><header srclang="fr-FR"/><body>
      <tu creationid="po2tmx"><tuv xml:lang="fr-FR"><seg>Le <bpt i="1">&lt;b&gt;</bpt>Kremlin<ept i="1">&lt;/b&gt;</ept> a dit.</seg></tuv><tuv xml:lang="en-GB"><seg>The Kremlin said.</seg></tuv></tu>
      <tu><tuv xml:lang="fr"><seg>Seul.</seg></tuv></tu>
    </body></tmx>`;
    expect(readTmx(xml, "fr", "en")).toEqual({ ok: true, skipped: 1, units: [{ sourceText: "Le Kremlin a dit.", targetText: "The Kremlin said.", authorName: "po2tmx", approvedAt: null }] });
  });

  it.each([
    ['<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><tmx/>', "xml-doctype-forbidden"],
    ["<tmx><body><tu>", "xml-malformed"],
    ["<xliff/>", "not-tmx"],
  ])("refuses %s as %s", (xml, code) => {
    expect(readTmx(xml, "fr", "en")).toMatchObject({ ok: false, code });
  });
});
