/**
 * Inline markup of CAT files (bold, links, line breaks, placeholders) travels through our plain
 * texts as numbered placeholders: `{1}text{/1}` for a paired code, `{2/}` for a standalone one.
 * The original element of each number is kept beside the text, and written back on export.
 */
export type InlineCode = {
  /** Element name as in the file it came from (g, x, bx, ex, ph, bpt, ept, it, mrk; pc, sc, ec, sm, em). */
  tag: string;
  attrs: Record<string, string>;
  /** Text content of standalone codes that carry native code (ph, bpt, ept, it in XLIFF 1.2). */
  content?: string;
  isPaired: boolean;
  dialect: "1.2" | "2.0";
};

export type InlineCodes = Record<string, InlineCode>;

export const PAIRED_TAGS = new Set(["g", "mrk", "pc"]);
export const STANDALONE_TAGS = new Set(["x", "bx", "ex", "ph", "bpt", "ept", "it", "sc", "ec", "sm", "em"]);

const PLACEHOLDER = /\{(\/?)(\d+)(\/?)\}/g;

export type InlinePiece = { type: "text"; text: string } | { type: "open" | "close" | "standalone"; number: string };

/** Splits a text into plain runs and the placeholders of known codes (unknown ones stay text). */
export function tokenize(text: string, codes: InlineCodes | undefined): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const [raw, closing, number, selfClosing] = match;
    const code = codes?.[number];
    const kind = closing ? "close" : selfClosing ? "standalone" : "open";
    if (!code || (kind === "standalone") === code.isPaired || (closing && selfClosing)) continue;
    if (match.index > last) pieces.push({ type: "text", text: text.slice(last, match.index) });
    pieces.push({ type: kind, number });
    last = match.index + raw.length;
  }
  if (last < text.length) pieces.push({ type: "text", text: text.slice(last) });
  return pieces;
}

/** The text without the placeholders of known codes, for final-language exports. */
export function stripPlaceholders(text: string, codes: InlineCodes | undefined): string {
  if (!codes || Object.keys(codes).length === 0) return text;
  return tokenize(text, codes)
    .filter((piece) => piece.type === "text")
    .map((piece) => (piece as { text: string }).text)
    .join("");
}

/** The same code in the other XLIFF version, as near as the two allow. */
const TO_20: Record<string, string> = { g: "pc", mrk: "pc", x: "ph", ph: "ph", it: "ph", bx: "sc", bpt: "sc", ex: "ec", ept: "ec" };
const TO_12: Record<string, string> = { pc: "g", ph: "x", sc: "bx", ec: "ex", sm: "x", em: "x" };

export function codeFor(code: InlineCode, dialect: "1.2" | "2.0"): { tag: string; attrs: Record<string, string>; content?: string } {
  if (code.dialect === dialect) return code;
  const tag = (dialect === "2.0" ? TO_20 : TO_12)[code.tag] ?? (code.isPaired ? (dialect === "2.0" ? "pc" : "g") : dialect === "2.0" ? "ph" : "x");
  return { tag, attrs: code.attrs.id ? { id: code.attrs.id } : {} };
}
