import { XMLParser } from "fast-xml-parser";
import { TMX_MAX_BYTES, TMX_MAX_UNITS } from "./limits";
import { normaliseMemoryText } from "./normalise";

export type TmxUnit = {
  sourceText: string;
  targetText: string;
  /** The unit's author (TMX creationid / changeid), or "". */
  authorName: string;
  /** ISO date from changedate or creationdate, or null. */
  approvedAt: string | null;
};

export type TmxReadResult =
  | { ok: true; units: TmxUnit[]; skipped: number }
  | { ok: false; code: "too-large" | "xml-doctype-forbidden" | "xml-malformed" | "not-tmx" | "too-many-units"; limit?: number };

// XML 1.0 forbids most control characters even as references.
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function escapeXml(text: string): string {
  return text.replace(INVALID_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** TMX dates: 20261127T001304Z. */
const tmxDate = (iso: string) => iso.replace(/[-:]/g, "").replace(/\.\d+/, "");

function isoFromTmx(value: unknown): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(String(value ?? ""));
  return match ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}.000Z` : null;
}

export type MemoryTmxUnit = { sourceText: string; targetText: string; authorName: string; approvedAt: string; origin: string; documentTitle: string };

/**
 * A TMX 1.4 file of memory units, one `tu` each: author as creationid, date as changedate, and
 * where it came from as x-origin / x-document properties. Written as text (not a DOM) so that
 * 200,000 units stay a matter of seconds; translate-toolkit's tmx2po reads it (integration test).
 */
export function writeMemoryTmx(input: { sourceLang: string; targetLang: string; createdAt: string; units: Iterable<MemoryTmxUnit> }): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n',
    `  <header creationtool="Vis-a-vis" creationtoolversion="1" datatype="plaintext" segtype="paragraph" adminlang="en" srclang="${escapeXml(input.sourceLang)}" o-tmf="vis-a-vis" creationdate="${tmxDate(input.createdAt)}"/>\n  <body>\n`,
  ];
  for (const unit of input.units) {
    const author = unit.authorName ? ` creationid="${escapeXml(unit.authorName)}"` : "";
    parts.push(
      `    <tu${author} changedate="${tmxDate(unit.approvedAt)}">\n`,
      `      <prop type="x-origin">${escapeXml(unit.origin)}</prop>\n`,
      unit.documentTitle ? `      <prop type="x-document">${escapeXml(unit.documentTitle)}</prop>\n` : "",
      `      <tuv xml:lang="${escapeXml(input.sourceLang)}"><seg>${escapeXml(unit.sourceText)}</seg></tuv>\n`,
      `      <tuv xml:lang="${escapeXml(input.targetLang)}"><seg>${escapeXml(unit.targetText)}</seg></tuv>\n`,
      "    </tu>\n",
    );
  }
  parts.push("  </body>\n</tmx>\n");
  return parts.join("");
}

type Node = Record<string, unknown>;
const asArray = <T,>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** A language tag matches a wanted one exactly or as its region ("en-GB" for "en"), case aside. */
const isLang = (tag: unknown, wanted: string) => {
  const value = String(tag ?? "").toLowerCase();
  const target = wanted.toLowerCase();
  return value === target || value.startsWith(`${target}-`);
};

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The text of a seg's inner XML: inline markup (bpt, ept, ph, it, hi) dropped, entities decoded. */
function segText(inner: string): string {
  const withoutCodes = inner.replace(/<(bpt|ept|ph|it|ut)\b[^>]*>[\s\S]*?<\/\1>/g, "").replace(/<[^>]+>/g, "");
  return withoutCodes.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The units of a TMX file (1.1 to 1.4: translate-toolkit's po2tmx and other CAT tools) for one
 * language pair: each `tu` with a `tuv` in each language (regional variants accepted), seg texts
 * without inline codes. Units lacking either side, or empty, are skipped and counted. Refuses a
 * DOCTYPE with an internal subset or entities, a file over TMX_MAX_BYTES or over TMX_MAX_UNITS units.
 */
export function readTmx(xml: string, sourceLang: string, targetLang: string): TmxReadResult {
  if (xml.length > TMX_MAX_BYTES) return { ok: false, code: "too-large", limit: TMX_MAX_BYTES };
  // A DOCTYPE naming the TMX DTD (translate-toolkit writes one) is harmless; an internal subset
  // or an entity declaration (entity expansion attacks) is refused.
  if (/<!DOCTYPE[^>]*\[/i.test(xml) || /<!ENTITY/i.test(xml)) return { ok: false, code: "xml-doctype-forbidden" };
  let document: Node;
  try {
    document = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", stopNodes: ["*.seg"], processEntities: false, parseTagValue: false, trimValues: false }).parse(xml, true) as Node;
  } catch {
    return { ok: false, code: "xml-malformed" };
  }
  const tmx = document.tmx as Node | undefined;
  if (!tmx || typeof tmx !== "object") return { ok: false, code: "not-tmx" };
  const body = (tmx.body ?? {}) as Node;
  const tus = asArray(body.tu as Node | Node[] | undefined);
  if (tus.length > TMX_MAX_UNITS) return { ok: false, code: "too-many-units", limit: TMX_MAX_UNITS };
  const units: TmxUnit[] = [];
  let skipped = 0;
  for (const tu of tus) {
    const tuvs = asArray(tu.tuv as Node | Node[] | undefined);
    const langOf = (tuv: Node) => tuv["@xml:lang"] ?? tuv["@lang"];
    const source = tuvs.find((tuv) => isLang(langOf(tuv), sourceLang));
    const target = tuvs.find((tuv) => isLang(langOf(tuv), targetLang));
    const sourceText = source ? normaliseMemoryText(segText(String(source.seg ?? ""))) : "";
    const targetText = target ? normaliseMemoryText(segText(String(target.seg ?? ""))) : "";
    if (sourceText === "" || targetText === "") {
      skipped += 1;
      continue;
    }
    units.push({
      sourceText,
      targetText,
      authorName: String(tu["@changeid"] ?? tu["@creationid"] ?? ""),
      approvedAt: isoFromTmx(tu["@changedate"]) ?? isoFromTmx(tu["@creationdate"]),
    });
  }
  return { ok: true, units, skipped };
}
