import { baseLanguage, getLocaleConventions } from "../locale-conventions";
import type { FindingDraft, SegmentCheck } from "../types";
import { readNumberTokens } from "./numbers";
import { authorityQuotationMarks } from "../quotation-marks";

const quoteSet = (quotes: { start: string; end: string; alternateStart: string; alternateEnd: string }, tag: string) =>
  new Set([quotes.start, quotes.end, quotes.alternateStart, quotes.alternateEnd, ...authorityQuotationMarks(tag)]);

/** Whether the guillemets of a text come in French order, « before », so that each can be replaced by the matching mark. */
function isInFrenchOrder(text: string): boolean {
  let isOpen = false;
  for (const char of text) {
    if (char === "«") {
      if (isOpen) return false;
      isOpen = true;
    } else if (char === "»") {
      if (!isOpen) return false;
      isOpen = false;
    }
  }
  return !isOpen;
}

/**
 * `source-typography`: French typography left in a translation whose language does not use it,
 * by CLDR's conventions: « » where the language's quotation marks are others (English, German;
 * Spanish too since CLDR 45, which gives “ ” ‘ ’), a space before : ; ! ? (French alone puts
 * one there), a decimal comma where the language writes a decimal point. Fix, for the quotation
 * marks and the spaces: the language's own marks, no space (none when the guillemets are not in
 * French order, as in German »…«).
 */
export const sourceTypography: SegmentCheck = {
  id: "source-typography",
  severity: "warning",
  messageKey: (params) => `source-typography-${params.kind}`,
  scope: "segment",
  check: ({ targetText }, { targetLang }) => {
    const conventions = getLocaleConventions(targetLang);
    const findings: FindingDraft[] = [];
    const quotes = conventions.quotes;
    let fixed = targetText;
    const hasWrongGuillemets = quotes !== null && !quoteSet(quotes, conventions.tag).has("«") && /[«»]/.test(targetText);
    if (quotes && hasWrongGuillemets) fixed = fixed.replace(/«\s*/g, quotes.start).replace(/\s*»/g, quotes.end);
    if (baseLanguage(conventions.tag) !== "fr") fixed = fixed.replace(/[ \u00a0\u202f]+([:;!?])/g, "$1");
    if (fixed !== targetText) {
      findings.push({ params: { kind: "quotes-or-spacing" }, ...(hasWrongGuillemets && !isInFrenchOrder(targetText) ? {} : { fix: fixed }) });
    }
    if (conventions.isKnown && conventions.decimal === "." && /\d,\d{1,2}(?!\d)/.test(targetText)) findings.push({ params: { kind: "decimal-comma" } });
    return findings;
  },
};

/** Quotation marks of some language; « » are `source-typography`'s, ’ is also the apostrophe, and straight quotes are everyone's. */
const QUOTATION_MARKS = /[“”„‟‘‚‛‹›「」『』]/gu;

/** A number with a decimal point: not inside a longer run of digits and separators (12.05.2019, 1.500.000, 3.2.1). */
const POINT_DECIMAL = /(?<![\d.,])(\d+)\.(\d+)(?![.,]?\d)/g;

/**
 * Decimal points in a translation whose language writes a decimal comma ("1.5" in Spanish,
 * German, Brazilian Portuguese) where the French has that very number ("1,5"): the French
 * confirms that it is a decimal, not a time (10.30 Uhr) or a thousand ("1.500", a group of three
 * where the language groups with a point).
 */
function findDecimalPoints(sourceText: string, sourceLang: string, targetText: string, groups: readonly string[]) {
  if (!/\d\.\d/.test(targetText)) return [];
  const sourceNumbers = new Set(readNumberTokens(sourceText, sourceLang).map((token) => token.base));
  return [...targetText.matchAll(POINT_DECIMAL)].filter((match) => {
    const isGroup = groups.includes(".") && match[1].length <= 3 && match[2].length === 3;
    return !isGroup && sourceNumbers.has(Number(`${match[1]}.${match[2]}`));
  });
}

/**
 * `locale-typography`: typography of another language in the translation, by CLDR's conventions
 * for the translation's language: a decimal point where it writes a decimal comma (confirmed by
 * the French, see `findDecimalPoints`; fix: the language's decimal separator), quotation marks
 * it does not use (“ ” in German, „ “ in English; no fix, since which mark opens and which closes
 * differs between languages). French typography left behind is `source-typography`'s.
 * A language CLDR does not know is not judged.
 */
export const localeTypography: SegmentCheck = {
  id: "locale-typography",
  severity: "warning",
  messageKey: (params) => `locale-typography-${params.kind}`,
  scope: "segment",
  check: ({ sourceText, targetText }, { sourceLang, targetLang }) => {
    const conventions = getLocaleConventions(targetLang);
    if (!conventions.isKnown || targetText.trim() === "") return [];
    const findings: FindingDraft[] = [];
    if (conventions.decimal === ",") {
      const points = findDecimalPoints(sourceText, sourceLang, targetText, conventions.groups);
      if (points.length > 0) {
        let fix = targetText;
        for (const match of [...points].reverse()) {
          const at = match.index + match[1].length;
          fix = `${fix.slice(0, at)}${conventions.decimal}${fix.slice(at + 1)}`;
        }
        findings.push({ params: { kind: "decimal-point", found: points[0][0], expected: `${points[0][1]}${conventions.decimal}${points[0][2]}` }, fix });
      }
    }
    const quotes = conventions.quotes;
    if (quotes) {
      const allowed = quoteSet(quotes, conventions.tag);
      const foreign = [...new Set(targetText.match(QUOTATION_MARKS) ?? [])].filter((mark) => !allowed.has(mark));
      if (foreign.length > 0) findings.push({ params: { kind: "quotes", found: foreign.join(" "), expected: `${quotes.start}…${quotes.end}` } });
    }
    return findings;
  },
};
