import { describe, expect, it } from "vitest";
import { parseGlossaryCsv, parseTbx, toGlossaryCsv, toTbx, type GlossaryRecord } from "./glossary-files";

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
});
