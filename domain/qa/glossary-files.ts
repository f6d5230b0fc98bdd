import { parse as parseCsv } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { create } from "xmlbuilder2";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { MAX_GLOSSARY_IMPORT_TERMS, MAX_GLOSSARY_NOTE_LENGTH, MAX_GLOSSARY_TERM_LENGTH, MAX_GLOSSARY_VARIANTS } from "./glossary-limits";
import { formatVariants, parseVariants } from "./glossary-variants";

/** A glossary term as exchanged in files. */
export type GlossaryRecord = { sourceTerm: string; targetTerm: string; forbidden: string[]; note: string };

export type GlossaryFileRefusal =
  | "csv-header"
  | "csv-malformed"
  | "empty"
  | "xml-malformed"
  | "xml-doctype-forbidden"
  | "not-tbx"
  | "row-incomplete"
  | "too-many-terms"
  | "term-too-long"
  | "too-many-variants"
  | "note-too-long";

/** A refusal names the row (CSV line, or TBX entry) and, past a limit, the limit (glossary-limits.ts). */
export type GlossaryFileResult = { ok: true; records: GlossaryRecord[] } | { ok: false; code: GlossaryFileRefusal; row?: number; limit?: number };

/**
 * The limits a term typed in the form has, applied to every term of a file, so an import cannot
 * store what the form refuses. `rowOf` turns a record's index into the row the user can find.
 */
function checkLimits(records: GlossaryRecord[], rowOf: (index: number) => number): GlossaryFileResult {
  if (records.length === 0) return { ok: false, code: "empty" };
  if (records.length > MAX_GLOSSARY_IMPORT_TERMS) return { ok: false, code: "too-many-terms", limit: MAX_GLOSSARY_IMPORT_TERMS };
  for (const [index, record] of records.entries()) {
    const row = rowOf(index);
    if ([record.sourceTerm, record.targetTerm, ...record.forbidden].some((term) => term.length > MAX_GLOSSARY_TERM_LENGTH)) {
      return { ok: false, code: "term-too-long", row, limit: MAX_GLOSSARY_TERM_LENGTH };
    }
    if (record.forbidden.length > MAX_GLOSSARY_VARIANTS) return { ok: false, code: "too-many-variants", row, limit: MAX_GLOSSARY_VARIANTS };
    if (record.note.length > MAX_GLOSSARY_NOTE_LENGTH) return { ok: false, code: "note-too-long", row, limit: MAX_GLOSSARY_NOTE_LENGTH };
  }
  return { ok: true, records };
}

export const CSV_HEADER = ["source", "target", "forbidden", "note"] as const;

/** CSV with the header `source,target,forbidden,note`; several forbidden variants in one cell (see glossary-variants.ts). */
export function parseGlossaryCsv(text: string): GlossaryFileResult {
  let rows: string[][];
  try {
    rows = parseCsv(text.replace(/^\uFEFF/, ""), { skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
  } catch {
    return { ok: false, code: "csv-malformed" };
  }
  if (rows.length === 0) return { ok: false, code: "empty" };
  const header = rows[0].map((cell) => cell.toLowerCase());
  if (CSV_HEADER.some((name, index) => header[index] !== name)) return { ok: false, code: "csv-header" };
  const records: GlossaryRecord[] = [];
  for (const [index, row] of rows.slice(1).entries()) {
    const [sourceTerm = "", targetTerm = "", forbidden = "", note = ""] = row;
    if (sourceTerm === "" || targetTerm === "") return { ok: false, code: "row-incomplete", row: index + 2 };
    records.push({ sourceTerm, targetTerm, forbidden: parseVariants(forbidden), note });
  }
  // Line 1 is the header.
  return checkLimits(records, (index) => index + 2);
}

export function toGlossaryCsv(records: readonly GlossaryRecord[]): string {
  return stringify([[...CSV_HEADER], ...records.map((r) => [r.sourceTerm, r.targetTerm, formatVariants(r.forbidden), r.note])]);
}

const DEPRECATED = new Set(["deprecatedTerm-admn-sts", "supersededTerm-admn-sts", "deprecatedTerm", "supersededTerm"]);

type Node = Record<string, unknown>;
const list = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : value === undefined ? [] : [value as Node]);
const text = (value: unknown): string => (typeof value === "string" || typeof value === "number" ? String(value) : typeof value === "object" && value !== null ? text((value as Node)["#text"]) : "");

/**
 * TBX (TBX-Basic 2008 `martif`, or TBX v3 `tbx`): per entry, the source language term, the
 * preferred target term, deprecated target terms as forbidden variants, a definition as note.
 */
export function parseTbx(xml: string, sourceLang = "fr", targetLang = "en"): GlossaryFileResult {
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) return { ok: false, code: "xml-doctype-forbidden" };
  if (XMLValidator.validate(xml) !== true) return { ok: false, code: "xml-malformed" };
  const document = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true, processEntities: true, htmlEntities: false }).parse(xml) as Node;
  const root = (document.martif ?? document.tbx) as Node | undefined;
  if (!root) return { ok: false, code: "not-tbx" };
  const body = ((root.text as Node | undefined)?.body ?? {}) as Node;
  const entries = [...list(body.termEntry), ...list(body.conceptEntry)];
  const records: GlossaryRecord[] = [];
  const entryNumbers: number[] = [];
  for (const [entryIndex, entry] of entries.entries()) {
    const sections = [...list(entry.langSet), ...list(entry.langSec)];
    const termsOf = (language: string) =>
      sections
        .filter((section) => String(section["@lang"] ?? "").toLowerCase().startsWith(language))
        .flatMap((section) => [...list(section.tig), ...list(section.termSec), ...list(section.ntig)])
        .map((term) => ({
          term: text(term.term ?? (term.termGrp as Node | undefined)?.term),
          status: list(term.termNote).find((note) => note["@type"] === "administrativeStatus"),
        }));
    const source = termsOf(sourceLang).find((t) => t.term !== "");
    const targets = termsOf(targetLang).filter((t) => t.term !== "");
    const preferred = targets.find((t) => !DEPRECATED.has(text(t.status)));
    if (!source || !preferred) continue;
    const note = text(list(entry.descrip).find((d) => d["@type"] === "definition") ?? list(entry.note)[0]);
    records.push({ sourceTerm: source.term, targetTerm: preferred.term, forbidden: targets.filter((t) => DEPRECATED.has(text(t.status))).map((t) => t.term), note });
    entryNumbers.push(entryIndex + 1);
  }
  return checkLimits(records, (index) => entryNumbers[index]);
}

/** TBX-Basic (martif) with deprecated terms for the forbidden variants. */
export function toTbx(records: readonly GlossaryRecord[], sourceLang = "fr", targetLang = "en"): string {
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele("martif", { type: "TBX-Basic", "xml:lang": targetLang });
  root.ele("martifHeader").ele("fileDesc").ele("sourceDesc").ele("p").txt("Vis-à-vis glossary");
  const body = root.ele("text").ele("body");
  records.forEach((record, index) => {
    const entry = body.ele("termEntry", { id: `t${index + 1}` });
    if (record.note) entry.ele("descrip", { type: "definition" }).txt(record.note);
    entry.ele("langSet", { "xml:lang": sourceLang }).ele("tig").ele("term").txt(record.sourceTerm);
    const target = entry.ele("langSet", { "xml:lang": targetLang });
    const preferred = target.ele("tig");
    preferred.ele("term").txt(record.targetTerm);
    preferred.ele("termNote", { type: "administrativeStatus" }).txt("preferredTerm-admn-sts");
    for (const variant of record.forbidden) {
      const tig = target.ele("tig");
      tig.ele("term").txt(variant);
      tig.ele("termNote", { type: "administrativeStatus" }).txt("deprecatedTerm-admn-sts");
    }
  });
  return root.end({ prettyPrint: true });
}
