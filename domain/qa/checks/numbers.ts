import { baseLanguage, getLocaleConventions } from "../locale-conventions";
import type { SegmentCheck } from "../types";

/**
 * Multiplier words the check read before CLDR's compact forms were used, and which those forms
 * do not give: kept so that no text reads differently for them. ("billiard" is 10^15 in French.)
 */
const EXTRA_MULTIPLIERS: Record<string, Record<string, number>> = {
  fr: { milliers: 1e3, billiard: 1e15 },
  en: { millions: 1e6, billions: 1e9, trillions: 1e12 },
};

/** A number found in a text: where, its value, and its value without the multiplier words after it. */
export type NumberToken = { index: number; text: string; value: number; base: number };

type NumberReader = { number: RegExp; multiplier: RegExp | null; multiplierStarts: ReadonlySet<string>; factors: ReadonlyMap<string, number>; tag: string };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const readers = new Map<string, NumberReader>();

function readerFor(language: string): NumberReader {
  const cached = readers.get(language);
  if (cached) return cached;
  const conventions = getLocaleConventions(language);
  const groups = conventions.groups.map(escape).join("");
  const decimal = escape(conventions.decimal);
  // Groups of three only, so that "2019 120 soldats" stays two numbers. Digits after a separator
  // that is neither the decimal nor a group start a number of their own ("10.30 Uhr" in German,
  // "1.5" in Spanish: two numbers), unless they follow a bare decimal separator (".5").
  const number = new RegExp(`(?<![\\d${decimal}])(\\d{1,3}(?:[${groups}]\\d{3})+|\\d+)(?:${decimal}(\\d+))?`, "gu");
  const factors = new Map([...Object.entries(EXTRA_MULTIPLIERS[baseLanguage(conventions.tag)] ?? {}), ...conventions.multipliers]);
  const words = [...factors.keys()].sort((a, b) => b.length - a.length).map((word) => escape(word).replace(/ /g, "\\s+"));
  // Where the words are separate ("54 millions"), one must end where a word ends: "2 millionaires" has no multiplier.
  const end = conventions.isMultiplierSpaced ? "(?!\\p{L})" : "";
  const multiplier = words.length > 0 ? new RegExp(`\\s*(${words.join("|")})${end}`, "iuy") : null;
  // The characters a multiplier word can start with, in either case: most numbers are followed by none, and the test is cheap.
  const multiplierStarts = new Set([...factors.keys()].flatMap((word) => [word[0], word[0].toLocaleLowerCase(conventions.tag), word[0].toLocaleUpperCase(conventions.tag), word[0].toLowerCase(), word[0].toUpperCase()]));
  const reader = { number, multiplier, multiplierStarts, factors, tag: conventions.tag };
  readers.set(language, reader);
  return reader;
}

/**
 * The numbers of a text, read with the language's conventions from CLDR: French "1,5",
 * "12 000", "54 milliards"; English "1.5", "12,000", "54 billion"; Spanish "1,5", "12.000",
 * "54.000 millones", "54 mil millones"; German "3 Mrd.". Multiplier words in a row multiply
 * ("mil millones"). Percent signs and units do not matter.
 */
export function readNumberTokens(text: string, language: string): NumberToken[] {
  // The checks of one paragraph read its numbers several times (number-mismatch, the typography
  // checks, missing-content): the last few readings are kept. Tokens are never changed by callers.
  const key = `${language}\u0000${text}`;
  const known = recentTokens.get(key);
  if (known) return known;
  const tokens = /\d/.test(text) ? readTokens(text, readerFor(language)) : [];
  if (recentTokens.size >= RECENT_TEXTS) recentTokens.delete(recentTokens.keys().next().value!);
  recentTokens.set(key, tokens);
  return tokens;
}

const RECENT_TEXTS = 8;
const recentTokens = new Map<string, NumberToken[]>();
const SPACE = /\s/;

function readTokens(text: string, reader: NumberReader): NumberToken[] {
  return [...text.matchAll(reader.number)].map((match) => {
    const whole = match[1].replace(/\D/g, "");
    const base = Number(`${whole}${match[2] ? `.${match[2]}` : ""}`);
    let value = base;
    let end = match.index + match[0].length;
    if (reader.multiplier) {
      for (;;) {
        // The multiplier pattern starts with optional white space: its first other character must start a word.
        let next = end;
        while (next < text.length && SPACE.test(text[next])) next += 1;
        // (Outside ASCII, case folding has more forms than upper and lower case: the pattern decides.)
        if (next >= text.length || (text.charCodeAt(next) < 128 && !reader.multiplierStarts.has(text[next]))) break;
        reader.multiplier.lastIndex = end;
        const word = reader.multiplier.exec(text);
        if (!word) break;
        value *= reader.factors.get(word[1].toLocaleLowerCase(reader.tag).replace(/\s+/g, " ")) ?? 1;
        end = reader.multiplier.lastIndex;
      }
    }
    // 1,1 milliard and 1.100 millones are the same number: rounding hides the binary fractions that tell them apart.
    return { index: match.index, text: text.slice(match.index, end), value: Number(value.toPrecision(12)), base };
  });
}

/** The values of the numbers of a text, read with the language's conventions (see `readNumberTokens`). */
export function readNumbers(text: string, language: string): number[] {
  return readNumberTokens(text, language).map((token) => token.value);
}

/**
 * `number-mismatch`: numbers, decimals, percentages, years or dates differ between the French and
 * the translation, each read with its own language's conventions. Where the translation's
 * language has multiplier words the check cannot read (CLDR has none, or puts them before the
 * number), the French is compared without its multipliers, rather than reporting a difference
 * that may not be there.
 */
export const numberMismatch: SegmentCheck = {
  id: "number-mismatch",
  severity: "error",
  messageKey: "number-mismatch",
  scope: "segment",
  check: ({ sourceText, targetText }, { sourceLang, targetLang }) => {
    if (targetText.trim() === "") return [];
    const canReadMultipliers = getLocaleConventions(targetLang).canReadMultipliers;
    const source = readNumberTokens(sourceText, sourceLang).map((token) => (canReadMultipliers ? token.value : token.base));
    const target = readNumbers(targetText, targetLang);
    const remaining = [...target];
    const missing: number[] = [];
    for (const value of source) {
      const at = remaining.indexOf(value);
      if (at === -1) missing.push(value);
      else remaining.splice(at, 1);
    }
    if (missing.length === 0 && remaining.length === 0) return [];
    const show = (values: number[]) => values.map((v) => String(v)).join(", ") || "∅";
    return [{ params: { missing: show(missing), extra: show(remaining) } }];
  },
};
