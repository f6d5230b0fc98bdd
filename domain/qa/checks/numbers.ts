import type { SegmentCheck } from "../types";

const MULTIPLIERS: Record<string, number> = {
  mille: 1e3, thousand: 1e3, millier: 1e3, milliers: 1e3,
  million: 1e6, millions: 1e6,
  milliard: 1e9, milliards: 1e9, billion: 1e9, billions: 1e9,
  trillion: 1e12, trillions: 1e12, billiard: 1e12,
};

/**
 * The numbers of a text as values, read with the language's conventions: French "1,5", "12 000",
 * "54 milliards"; English "1.5", "12,000", "54 billion". Percent signs and units do not matter.
 */
export function readNumbers(text: string, language: string): number[] {
  const isFrench = language.startsWith("fr");
  const pattern = isFrench
    ? /(?<![\d,.])(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,(\d+))?(?:\s*(mille|milliers?|millions?|milliards?|billiard))?/giu
    : /(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s*(thousand|millions?|billions?|trillions?))?/giu;
  return [...text.matchAll(pattern)].map((match) => {
    const whole = match[1].replace(/[ \u00a0\u202f.,]/g, "");
    const value = Number(`${whole}${match[2] ? `.${match[2]}` : ""}`);
    return value * (match[3] ? (MULTIPLIERS[match[3].toLowerCase()] ?? 1) : 1);
  });
}

/** `number-mismatch`: numbers, decimals, percentages, years or dates differ between the French and the English. */
export const numberMismatch: SegmentCheck = {
  id: "number-mismatch",
  severity: "error",
  messageKey: "number-mismatch",
  scope: "segment",
  check: ({ sourceText, targetText }, { sourceLang, targetLang }) => {
    if (targetText.trim() === "") return [];
    const source = readNumbers(sourceText, sourceLang);
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
