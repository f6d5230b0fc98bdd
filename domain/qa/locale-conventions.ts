import { findQuotationMarks, type QuotationMarks } from "./quotation-marks";

/**
 * How a language writes numbers and quotations, read from CLDR through `Intl` (and, for
 * quotation marks, which `Intl` does not expose, from CLDR's own files): the quality checks
 * judge a translation by its language's conventions rather than by English ones.
 */
export type LocaleConventions = {
  /** The canonical BCP 47 tag ("pt-BR"), or the tag as given when it is not one. */
  tag: string;
  /** Whether `Intl` knows the language; when it does not, its answers are another language's and nothing is judged by them. */
  isKnown: boolean;
  /** The decimal separator: "." in English, "," in French, Spanish, German. */
  decimal: string;
  /** CLDR's thousands separator: "," in English, "." in Spanish, a narrow no-break space in French. */
  group: string;
  /**
   * Every separator a reader accepts between groups of three digits: CLDR's, its look-alikes
   * (any of the three spaces for a space, ' for ’), and, where the decimal separator is a comma,
   * the spaces of the international style (12 000) and a point (12.000).
   */
  groups: readonly string[];
  /** How a percentage is written around its number: "50%" (`{ before: "", after: "%" }`), "50 %" (a no-break space before "%"). */
  percent: { before: string; after: string };
  /** Where the currency symbol goes: "€5" (`before`, no space) in English, "5 €" (`after`, a no-break space) in French. */
  currency: { position: "before" | "after"; space: string };
  /** The quotation marks of the language, or null when CLDR has none for it. */
  quotes: QuotationMarks | null;
  /**
   * Words for thousands, millions, billions written after a number ("54 milliards", "1,5 millones",
   * "54 mil millones", "3 Mrd."), lower-cased, with their factor; from CLDR's compact number
   * formats, long and short (abbreviations of one letter left out).
   */
  multipliers: ReadonlyMap<string, number>;
  /** Whether the multiplier words follow the number with a space ("2 millones") rather than touching it ("200万"). */
  isMultiplierSpaced: boolean;
  /** Whether a number's multiplier words can be read: false where CLDR puts the word before the number or has none. */
  canReadMultipliers: boolean;
};

const SPACES = [" ", "\u00a0", "\u202f"];
const APOSTROPHES = ["'", "’"];

/** Numbers whose compact forms show every plural form of the words in most languages (one, two, few, many, other). */
const PLURAL_SAMPLES = [1, 1.5, 2, 3, 5, 11, 21, 100];

const cache = new Map<string, LocaleConventions>();

function canonicalTag(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

// Every format here asks for Latin digits: the checks read ASCII digits, and a language whose
// default digits differ (Arabic) has other separators with them.
function separatorsOf(tag: string) {
  const parts = new Intl.NumberFormat(tag, { useGrouping: true, numberingSystem: "latn" }).formatToParts(12345678.5);
  return { decimal: parts.find((part) => part.type === "decimal")?.value ?? ".", group: parts.find((part) => part.type === "group")?.value ?? "" };
}

function acceptedGroups(group: string, decimal: string): string[] {
  const groups = new Set<string>();
  if (group !== "") groups.add(group);
  if (SPACES.includes(group)) SPACES.forEach((space) => groups.add(space));
  if (APOSTROPHES.includes(group)) APOSTROPHES.forEach((apostrophe) => groups.add(apostrophe));
  // Where the decimal is a comma, 12 000 (the international style) and 12.000 are both in use,
  // whatever CLDR prefers, and neither can be mistaken for a decimal.
  if (decimal === ",") {
    SPACES.forEach((space) => groups.add(space));
    groups.add(".");
  }
  groups.delete(decimal);
  return [...groups];
}

function percentOf(tag: string): LocaleConventions["percent"] {
  const parts = new Intl.NumberFormat(tag, { style: "percent", numberingSystem: "latn" }).formatToParts(0.5);
  const at = parts.findIndex((part) => part.type === "integer");
  return { before: parts.slice(0, at).map((part) => part.value).join(""), after: parts.slice(at + 1).map((part) => part.value).join("") };
}

function currencyOf(tag: string): LocaleConventions["currency"] {
  const parts = new Intl.NumberFormat(tag, { style: "currency", currency: "EUR", maximumFractionDigits: 0, numberingSystem: "latn" }).formatToParts(5);
  const symbol = parts.findIndex((part) => part.type === "currency");
  const number = parts.findIndex((part) => part.type === "integer");
  const between = parts.slice(Math.min(symbol, number) + 1, Math.max(symbol, number));
  return { position: symbol < number ? "before" : "after", space: between.map((part) => part.value).join("") };
}

/** The number a compact form shows ("1,5" of "1,5 millones"), read with the language's own separators. */
function shownNumber(parts: Intl.NumberFormatPart[]): number | null {
  const digits = parts
    .filter((part) => part.type === "integer" || part.type === "decimal" || part.type === "fraction")
    .map((part) => (part.type === "decimal" ? "." : part.value))
    .join("");
  return digits === "" ? null : Number(digits);
}

function multipliersOf(tag: string) {
  const multipliers = new Map<string, number>();
  let isSpaced = false;
  let isBeforeNumber = false;
  for (const compactDisplay of ["long", "short"] as const) {
    const format = new Intl.NumberFormat(tag, { notation: "compact", compactDisplay, numberingSystem: "latn" });
    for (let exponent = 3; exponent <= 14; exponent += 1) {
      for (const sample of PLURAL_SAMPLES) {
        const parts = format.formatToParts(sample * 10 ** exponent);
        const at = parts.findIndex((part) => part.type === "compact");
        if (at === -1) continue;
        const word = parts[at].value;
        // One-letter abbreviations ("K", "M", "B") would read "Plan B" or "5 M" as multiples; "Mrd.", "Md", "mil" are safe.
        if (compactDisplay === "short" && (word.match(/\p{L}/gu) ?? []).length < 2) continue;
        const number = parts.findIndex((part) => part.type === "integer");
        if (number !== -1 && at < number) {
          isBeforeNumber = true;
          continue;
        }
        // "mille" alone stands for one thousand: the number shown is then the sample itself.
        const shown = shownNumber(parts) ?? sample;
        const factor = 10 ** Math.round(Math.log10((sample * 10 ** exponent) / shown));
        if (parts.slice(number + 1, at).some((part) => part.type === "literal" && part.value.trim() === "")) isSpaced = true;
        multipliers.set(word.toLocaleLowerCase(tag), factor);
      }
    }
  }
  return { multipliers, isMultiplierSpaced: isSpaced || multipliers.size === 0, canReadMultipliers: multipliers.size > 0 && !isBeforeNumber };
}

/**
 * The conventions of a BCP 47 tag ("en", "es", "pt-BR"), computed once per tag. A tag that is
 * not well formed, or a language `Intl` has no data for, gets `isKnown: false` with the root
 * conventions (decimal point, comma groups) for reading numbers, and no quotation marks.
 */
export function getLocaleConventions(tag: string): LocaleConventions {
  const cached = cache.get(tag);
  if (cached) return cached;
  const canonical = canonicalTag(tag);
  // Intl quietly answers for the default locale when it lacks a language: that must not pass for the language's own data.
  const isKnown = canonical !== null && Intl.NumberFormat.supportedLocalesOf([canonical]).length > 0;
  const conventions: LocaleConventions = isKnown
    ? (() => {
        const { decimal, group } = separatorsOf(canonical);
        return { tag: canonical, isKnown, decimal, group, groups: acceptedGroups(group, decimal), percent: percentOf(canonical), currency: currencyOf(canonical), quotes: findQuotationMarks(canonical), ...multipliersOf(canonical) };
      })()
    : {
        tag: canonical ?? tag,
        isKnown,
        decimal: ".",
        group: ",",
        groups: [","],
        percent: { before: "", after: "%" },
        currency: { position: "before", space: "" },
        quotes: null,
        multipliers: new Map(),
        isMultiplierSpaced: true,
        canReadMultipliers: false,
      };
  cache.set(tag, conventions);
  return conventions;
}

/** The language subtag of a tag, lower-cased: "pt" for "pt-BR". */
export function baseLanguage(tag: string): string {
  return tag.split("-")[0].toLowerCase();
}
