import { describe, expect, it } from "vitest";
import { buildArticle } from "../publishing/article";
import { toXliff12, toXliff20 } from "../exporters/bilingual-formats";
import type { ExportInput } from "../exporters/types";
import { parseXliff } from "./parse-xliff";
import { stripPlaceholders } from "./inline-codes";

const XLIFF12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="rfi" source-language="fr" target-language="en" datatype="html">
    <body>
      <trans-unit id="u1">
        <source>Le <g id="1" ctype="bold">président</g> russe<x id="2" ctype="lb"/>est à <g id="3" ctype="link">New Delhi</g>.<ph id="4">&lt;br/&gt;</ph></source>
        <target state="translated">The Russian <g id="1" ctype="bold">president</g><x id="2" ctype="lb"/>is in <g id="3" ctype="link">New Delhi</g>.<ph id="4">&lt;br/&gt;</ph></target>
      </trans-unit>
    </body>
  </file>
</xliff>`;

const XLIFF20 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">
  <file id="f1">
    <unit id="u1">
      <segment state="translated">
        <source>Le <pc id="1" dataRefStart="d1" dataRefEnd="d2">président</pc> russe<ph id="2" dataRef="d3"/> à Moscou</source>
        <target>The <pc id="1" dataRefStart="d1" dataRefEnd="d2">Russian president</pc><ph id="2" dataRef="d3"/> in Moscow</target>
      </segment>
    </unit>
  </file>
</xliff>`;

function reexport(xml: string, exporter: typeof toXliff12) {
  const parsed = parseXliff(xml);
  if (!parsed.ok) throw new Error(parsed.code);
  const segments = parsed.units.map((unit, position) => ({ position, kind: unit.kind ?? "BODY", state: unit.state, sourceText: unit.sourceText, targetText: unit.targetText, inlineCodes: unit.inlineCodes }));
  const input: ExportInput = { documentId: "d", version: 1, isDraft: false, createdAt: "2026-11-26T00:00:00.000Z", content: { sourceLang: "fr", targetLang: "en", segments, article: buildArticle(segments, "en") } };
  return { parsed, exported: exporter(input), article: input.content.article };
}

describe("inline markup", () => {
  it("reads XLIFF 1.2 inline codes as shared placeholders and writes the same elements back", () => {
    const { parsed, exported, article } = reexport(XLIFF12, toXliff12);
    const unit = parsed.ok ? parsed.units[0] : null;
    expect(unit?.sourceText).toBe("Le {1}président{/1} russe{2/}est à {3}New Delhi{/3}.{4/}");
    expect(unit?.targetText).toBe("The Russian {1}president{/1}{2/}is in {3}New Delhi{/3}.{4/}");
    expect(exported).toContain('<target xml:lang="en" state="translated">The Russian <g id="1" ctype="bold">president</g><x id="2" ctype="lb"/>is in <g id="3" ctype="link">New Delhi</g>.<ph id="4">&lt;br/&gt;</ph></target>');
    // Round trip: reading our export gives the same texts and codes again.
    const again = parseXliff(exported);
    expect(again.ok && again.units[0]).toMatchObject({ sourceText: unit?.sourceText, targetText: unit?.targetText, inlineCodes: unit?.inlineCodes });
    // Final-language formats get plain text.
    expect(article.body[0].text).toBe("The Russian presidentis in New Delhi.");
  });

  it("reads XLIFF 2.0 inline codes and writes them back", () => {
    const { parsed, exported } = reexport(XLIFF20, toXliff20);
    expect(parsed.ok && parsed.units[0].targetText).toBe("The {1}Russian president{/1}{2/} in Moscow");
    expect(exported).toContain('<target xml:space="preserve">The <pc id="1" dataRefStart="d1" dataRefEnd="d2">Russian president</pc><ph id="2" dataRef="d3"/> in Moscow</target>');
    const again = parseXliff(exported);
    expect(again.ok && again.units[0].targetText).toBe("The {1}Russian president{/1}{2/} in Moscow");
  });

  it("keeps a translator's stray or unknown placeholder as text, never as markup", () => {
    const { exported } = reexport(XLIFF12.replace("is in <g", "is {9} in {/1} <g"), toXliff12);
    expect(exported).toContain("{9}");
    expect(stripPlaceholders("a {1}b{/1} {9}", { "1": { tag: "g", attrs: { id: "1" }, isPaired: true, dialect: "1.2" } })).toBe("a b {9}");
  });
});
