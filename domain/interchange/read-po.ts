import { po, type PoTranslation } from "gettext-parser";
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

/**
 * Reads a gettext PO file (gettext-parser) as already-paired units without the header entry, in
 * file order within each context (msgctxt); gettext-parser keys messages by their msgid, so a
 * msgid made of digits alone ("2024") comes first in its context. A plural message is checked through its singular forms (msgid, msgstr[0]).
 * The languages come from the header (Language; X-Source-Language when a tool writes it).
 */
export function readPo(bytes: Uint8Array): PoReadResult {
  let data;
  try {
    data = po.parse(Buffer.from(bytes), { validation: true });
  } catch {
    return { ok: false, code: "po-malformed" };
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
  const header = (name: string) => data.headers[name]?.trim() || null;
  return { ok: true, sourceLang: header("X-Source-Language"), targetLang: header("Language"), units };
}
