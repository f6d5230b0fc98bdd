import { po, type PoData, type PoTranslation } from "gettext-parser";
import { parseHeader } from "gettext-parser/lib/shared.js";
import type { SegmentState } from "../workflow/segment-state";

/** One message of a PO file as a pair: msgid is the source, the first msgstr the translation. */
export type PoUnit = { sourceText: string; targetText: string; state: SegmentState; context?: string };

export type PoReadResult =
  | { ok: true; sourceLang: string | null; targetLang: string | null; units: PoUnit[] }
  | { ok: false; code: "po-malformed" | "po-too-many-units"; params?: Record<string, number> };

/**
 * The most messages read from one PO file: `cli check` runs on files on the operator's machine
 * (pofilter's use), so this is far above the import's paragraph limit, but it is a limit.
 */
export const MAX_PO_UNITS = 1_000_000;

function stateOf(message: PoTranslation, target: string): SegmentState {
  if (target.trim() === "") return "UNTRANSLATED";
  const flags = (message.comments?.flag ?? "").split(/[\s,]+/);
  // A fuzzy message is a guess waiting for a translator: a draft, never a finished translation.
  return flags.includes("fuzzy") ? "DRAFT" : "TRANSLATED";
}

/** Escapes of a PO string: \\t, \\n and \\r are control characters, any other escaped character stands for itself (gettext-parser's reading). */
const ESCAPE = /\\(.)/g;
const unescape = (text: string) => (text.includes("\\") ? text.replace(ESCAPE, (_, char: string) => (char === "t" ? "\t" : char === "n" ? "\n" : char === "r" ? "\r" : char)) : text);
/** A keyword line with one double-quoted string, or a string line continuing the one before. */
const KEYWORD_LINE = /^(msgctxt|msgid|msgstr|msgid_plural|msgstr\[\d+\])[ \t]+"((?:[^"\\]|\\.)*)"[ \t]*$/;
const STRING_LINE = /^[ \t]*"((?:[^"\\]|\\.)*)"[ \t]*$/;
const CHARSET = /charset\s*=\s*([\w-]+)/gi;

type Building = { msgctxt?: string; msgid: string; msgstr: string[]; flag: string; hasComments: boolean };

/**
 * The common shape of a PO file read in one pass over its lines, giving exactly what
 * gettext-parser gives for it (a test compares the two on many files): UTF-8, messages of
 * msgctxt, msgid and one msgstr each written as double-quoted strings, comments before a message.
 * Anything else (another charset, plural or obsolete messages, a comment inside a message, a
 * duplicate, a line it does not know) returns null, and gettext-parser reads the file: it is
 * about 20 times slower on large files (issue 19), and the reference for everything this skips.
 */
export function readCommonPo(bytes: Uint8Array): PoData | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  for (const match of text.slice(0, 4096).matchAll(CHARSET)) if (match[1].toLowerCase().replace("-", "") !== "utf8") return null;
  const translations: Record<string, Record<string, PoTranslation>> = Object.create(null);
  let headers: Record<string, string> | undefined;
  let comments: string[] = [];
  let contextComments: string[] | null = null;
  let context: string | null = null;
  let message: Building | null = null;
  // The string being continued: "ctx" for msgctxt, "id" for msgid, "str" for msgstr.
  let open: "ctx" | "id" | "str" | null = null;
  const finish = (): boolean => {
    if (!message) return true;
    if (message.msgstr.length !== 1) return false;
    const key = message.msgctxt ?? "";
    const table = (translations[key] ??= Object.create(null) as Record<string, PoTranslation>);
    // gettext-parser takes a msgid named like an object's property ("constructor") for a duplicate: left to it.
    if (Object.hasOwn(table, message.msgid) || message.msgid in Object.prototype) return false;
    if (!headers && key === "" && message.msgid === "") headers = parseHeader(message.msgstr[0]);
    const entry: PoTranslation = { msgid: message.msgid, msgstr: message.msgstr };
    if (message.msgctxt) entry.msgctxt = message.msgctxt;
    if (message.flag !== "") entry.comments = { flag: message.flag };
    else if (message.hasComments) entry.comments = {};
    table[message.msgid] = entry;
    message = null;
    return true;
  };
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    let line = text.slice(start, end);
    start = end + 1;
    if (line.endsWith("\r")) line = line.slice(0, -1);
    const first = line.charCodeAt(0);
    if (first === 34 /* " */ || first === 32 || first === 9) {
      const string = STRING_LINE.exec(line);
      if (!string) {
        if (line.trim() === "") continue;
        return null;
      }
      if (open === null || !message && open !== "ctx") return null;
      const value = unescape(string[1]);
      if (open === "ctx") context += value;
      else if (open === "id") message!.msgid += value;
      else message!.msgstr[message!.msgstr.length - 1] += value;
      continue;
    }
    if (line === "") continue;
    if (first === 35 /* # */) {
      // Obsolete messages (#~) and comments inside a message are left to gettext-parser.
      if (line.charCodeAt(1) === 126 || (message && message.msgstr.length === 0)) return null;
      if (!finish()) return null;
      open = null;
      comments.push(line.slice(1));
      continue;
    }
    const keyword = KEYWORD_LINE.exec(line);
    if (!keyword) return null;
    const value = unescape(keyword[2]);
    if (keyword[1] === "msgctxt") {
      if (!finish() || context !== null) return null;
      context = value;
      contextComments = comments;
      comments = [];
      open = "ctx";
    } else if (keyword[1] === "msgid") {
      if (!finish()) return null;
      const own = contextComments && contextComments.length > 0 ? contextComments : comments;
      const flag = own.filter((comment) => comment.startsWith(",")).map((comment) => comment.slice(1).replace(/^\s+/, "")).join("\n");
      message = { msgid: value, msgstr: [], flag, hasComments: own.length > 0, ...(context ? { msgctxt: context } : {}) };
      context = null;
      contextComments = null;
      comments = [];
      open = "id";
    } else if (keyword[1] === "msgstr") {
      if (!message || comments.length > 0 || message.msgstr.length > 0) return null;
      message.msgstr.push(value);
      open = "str";
    } else {
      return null;
    }
  }
  if (context !== null || comments.length > 0 || !finish()) return null;
  return { charset: "utf-8", headers: headers ?? {}, translations };
}

/**
 * Reads a gettext PO file (gettext-parser) as already-paired units without the header entry, in
 * file order within each context (msgctxt); gettext-parser keys messages by their msgid, so a
 * msgid made of digits alone ("2024") comes first in its context. A plural message is checked through its singular forms (msgid, msgstr[0]).
 * The languages come from the header (Language; X-Source-Language when a tool writes it).
 * Files of the common shape are read by a faster reader giving the same (see `readCommonPo`).
 */
export function readPo(bytes: Uint8Array, { isFastPathAllowed = true } = {}): PoReadResult {
  let data = isFastPathAllowed ? readCommonPo(bytes) : null;
  if (!data) {
    try {
      data = po.parse(Buffer.from(bytes), { validation: true });
    } catch {
      return { ok: false, code: "po-malformed" };
    }
  }
  const units: PoUnit[] = [];
  for (const [context, messages] of Object.entries(data.translations)) {
    for (const message of Object.values(messages)) {
      if (message.msgid === "") continue;
      if (units.length >= MAX_PO_UNITS) return { ok: false, code: "po-too-many-units", params: { limit: MAX_PO_UNITS } };
      const targetText = message.msgstr[0] ?? "";
      units.push({ sourceText: message.msgid, targetText, state: stateOf(message, targetText), ...(context ? { context } : {}) });
    }
  }
  const headers = data.headers ?? {};
  const header = (name: string) => headers[name]?.trim() || null;
  return { ok: true, sourceLang: header("X-Source-Language"), targetLang: header("Language"), units };
}
