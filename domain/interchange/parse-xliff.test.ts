import { describe, expect, it } from "vitest";
import { buildArticle, type PublishableSegment } from "../publishing/article";
import { toXliff12, toXliff20 } from "../exporters/bilingual-formats";
import type { ExportInput } from "../exporters/types";
import { parseXliff } from "./parse-xliff";

const segments: PublishableSegment[] = [
  { position: 0, kind: "TITLE", state: "APPROVED", sourceText: "Poutine en Inde", targetText: "Putin in India" },
  { position: 1, kind: "BODY", state: "DRAFT", sourceText: "Les « liens » & l'équilibre.", targetText: "The \"ties\" & <balance>." },
  { position: 2, kind: "BODY", state: "REJECTED", sourceText: "Un déplacement rare.", targetText: "A rare trip.", notes: ["Use 'unusual'"] },
  { position: 3, kind: "BODY", state: "UNTRANSLATED", sourceText: "Nul doute.", targetText: "" },
  { position: 4, kind: "BOILERPLATE", state: "EXCLUDED", sourceText: "Publicité", targetText: "Advertising" },
  { position: 5, kind: "TAG", state: "TRANSLATED", sourceText: "Vladimir Poutine", targetText: "Vladimir Putin" },
  { position: 6, kind: "READING_TIME", state: "APPROVED", sourceText: "2 min", targetText: "2 min" },
  { position: 7, kind: "CREDIT", state: "APPROVED", sourceText: "  espaces  gardés ", targetText: "  spaces  kept " },
];

const input: ExportInput = {
  documentId: "doc1",
  content: { sourceLang: "fr", targetLang: "en", segments, article: buildArticle(segments, "en") },
  version: 3,
  isDraft: false,
  createdAt: "2026-11-26T05:00:00.000Z",
};

describe("XLIFF round trip", () => {
  it.each([
    ["1.2", toXliff12],
    ["2.0", toXliff20],
  ] as const)("XLIFF %s export parses back to the same pairs, kinds, states and notes", (version, exporter) => {
    const parsed = parseXliff(exporter(input));
    if (!parsed.ok) throw new Error(parsed.code);
    expect(parsed).toMatchObject({ version, sourceLang: "fr", targetLang: "en" });
    expect(parsed.units).toEqual(
      segments.map((s) => ({ kind: s.kind, state: s.state, sourceText: s.sourceText, targetText: s.targetText, notes: s.notes ?? [] })),
    );
  });
});

describe("parseXliff refuses bad input", () => {
  it.each([
    ["malformed XML", "<xliff version='1.2'><file><body></file></xliff>", "xml-malformed"],
    ["an external entity (XXE)", `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xliff version="1.2"><file><body><trans-unit id="1"><source>&xxe;</source></trans-unit></body></file></xliff>`, "xml-doctype-forbidden"],
    ["an entity-expansion bomb", `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><xliff version="1.2"><file><body><trans-unit id="1"><source>&lol2;</source></trans-unit></body></file></xliff>`, "xml-doctype-forbidden"],
    ["another XML vocabulary", "<html><body>hi</body></html>", "not-xliff"],
    ["XLIFF 1.1", "<xliff version='1.1'><file><body/></file></xliff>", "xliff-unsupported-version"],
    ["XLIFF without units", "<xliff version='1.2' xmlns='urn:oasis:names:tc:xliff:document:1.2'><file source-language='fr'><body/></file></xliff>", "xliff-no-units"],
  ])("%s", (_label, xml, code) => {
    expect(parseXliff(xml)).toEqual({ ok: false, code });
  });

  it("reads units from other tools: groups, character references, foreign states", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="fr" target-language="en" datatype="plaintext" original="x"><body>
<group id="g"><trans-unit id="a"><source>P&#233;kin</source><target state="needs-review-translation">Beijing</target></trans-unit></group>
<trans-unit id="b" approved="yes"><source>Moscou</source><target>Moscow</target></trans-unit>
</body></file></xliff>`;
    const parsed = parseXliff(xml);
    expect(parsed.ok && parsed.units).toEqual([
      { kind: null, state: "TRANSLATED", sourceText: "Pékin", targetText: "Beijing", notes: [] },
      { kind: null, state: "APPROVED", sourceText: "Moscou", targetText: "Moscow", notes: [] },
    ]);
  });
});
