import { describe, expect, it } from "vitest";
import { parseGlossaryCsv, parseTbx, toGlossaryCsv, toTbx, type GlossaryRecord } from "./glossary-files";
import { MAX_GLOSSARY_IMPORT_TERMS, MAX_GLOSSARY_NOTE_LENGTH, MAX_GLOSSARY_TERM_LENGTH, MAX_GLOSSARY_VARIANTS } from "./glossary-limits";

const records: GlossaryRecord[] = [
  { sourceTerm: "Poutine", targetTerm: "Putin", forbidden: ["Poutine"], note: "Vladimir Putin, président russe" },
  { sourceTerm: "Pékin", targetTerm: "Beijing", forbidden: ["Pekin", "Peking"], note: "" },
  { sourceTerm: "Le Caire", targetTerm: "Cairo", forbidden: [], note: 'Says "Cairo", not "Le Caire", comma, included' },
];

describe("glossary files", () => {
  it("round-trips CSV with several forbidden variants, quotes and commas", () => {
    const csv = toGlossaryCsv(records);
    expect(csv.split("\n")[0]).toBe("source,target,forbidden,note");
    expect(parseGlossaryCsv(csv)).toEqual({ ok: true, records });
  });

  it("round-trips TBX", () => {
    expect(parseTbx(toTbx(records))).toEqual({ ok: true, records });
  });

  it("reads TBX v3 written by another tool", () => {
    const tbx = `<?xml version="1.0"?><tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader/><text><body>
      <conceptEntry id="c1"><langSec xml:lang="fr"><termSec><term>Moscou</term></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>Moscow</term></termSec><termSec><term>Moscou</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec></conceptEntry>
    </body></text></tbx>`;
    expect(parseTbx(tbx)).toEqual({ ok: true, records: [{ sourceTerm: "Moscou", targetTerm: "Moscow", forbidden: ["Moscou"], note: "" }] });
  });

  it.each([
    ["a CSV without the header", "Poutine,Putin,,\n", "csv-header"],
    ["a CSV row without a target", "source,target,forbidden,note\nPoutine,,,\n", "row-incomplete"],
    ["an empty CSV", "source,target,forbidden,note\n", "empty"],
    ["a malformed CSV", 'source,target,forbidden,note\n"Poutine,Putin\n', "csv-malformed"],
  ])("refuses %s", (_label, csv, code) => {
    expect(parseGlossaryCsv(csv)).toMatchObject({ ok: false, code });
  });

  it.each([
    ["malformed XML", "<martif><text>", "xml-malformed"],
    ["an entity bomb", '<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaa">]><martif><text><body/></text></martif>', "xml-doctype-forbidden"],
    ["another vocabulary", "<html/>", "not-tbx"],
  ])("refuses TBX with %s", (_label, xml, code) => {
    expect(parseTbx(xml)).toMatchObject({ ok: false, code });
  });

  const header = "source,target,forbidden,note\n";
  const long = (length: number) => "x".repeat(length);
  it.each([
    ["more terms than one import may hold", header + Array.from({ length: MAX_GLOSSARY_IMPORT_TERMS + 1 }, (_, i) => `terme${i},term${i},,`).join("\n"), { code: "too-many-terms", limit: MAX_GLOSSARY_IMPORT_TERMS }],
    ["a French term over the term limit", `${header}Paris,Paris,,\n${long(MAX_GLOSSARY_TERM_LENGTH + 1)},Rome,,`, { code: "term-too-long", row: 3, limit: MAX_GLOSSARY_TERM_LENGTH }],
    ["an English term over the term limit", `${header}Rome,${long(MAX_GLOSSARY_TERM_LENGTH + 1)},,`, { code: "term-too-long", row: 2, limit: MAX_GLOSSARY_TERM_LENGTH }],
    ["a forbidden variant over the term limit", `${header}Rome,Rome,Roma|${long(MAX_GLOSSARY_TERM_LENGTH + 1)},`, { code: "term-too-long", row: 2, limit: MAX_GLOSSARY_TERM_LENGTH }],
    ["more forbidden variants than a term may list", `${header}Rome,Rome,${Array.from({ length: MAX_GLOSSARY_VARIANTS + 1 }, (_, i) => `v${i}`).join("|")},`, { code: "too-many-variants", row: 2, limit: MAX_GLOSSARY_VARIANTS }],
    ["a note over the note limit", `${header}Rome,Rome,,${long(MAX_GLOSSARY_NOTE_LENGTH + 1)}`, { code: "note-too-long", row: 2, limit: MAX_GLOSSARY_NOTE_LENGTH }],
  ])("refuses a CSV with %s, naming the limit and the row", (_label, csv, refusal) => {
    expect(parseGlossaryCsv(csv)).toEqual({ ok: false, ...refusal });
  });

  it("accepts terms, variants and notes exactly at their limits", () => {
    const csv = `${header}${long(MAX_GLOSSARY_TERM_LENGTH)},Rome,${Array.from({ length: MAX_GLOSSARY_VARIANTS }, (_, i) => `v${i}`).join("|")},${long(MAX_GLOSSARY_NOTE_LENGTH)}`;
    expect(parseGlossaryCsv(csv).ok).toBe(true);
  });

  it("names the TBX entry of a term over the limit", () => {
    const tbx = toTbx([records[0], { ...records[1], targetTerm: long(MAX_GLOSSARY_TERM_LENGTH + 1) }]);
    expect(parseTbx(tbx)).toEqual({ ok: false, code: "term-too-long", row: 2, limit: MAX_GLOSSARY_TERM_LENGTH });
  });
});
