import { getLocaleConventions } from "../locale-conventions";
import type { SegmentCheck } from "../types";

/** `double-space`: two or more spaces inside the English text. Fix: one space. */
export const doubleSpace: SegmentCheck = {
  id: "double-space",
  severity: "warning",
  messageKey: "double-space",
  scope: "segment",
  check: ({ targetText }) => (/\S {2,}\S/.test(targetText) ? [{ params: {}, fix: targetText.replace(/(\S) {2,}(?=\S)/g, "$1 ") }] : []),
};

/** `leading-trailing-space`: the English text starts or ends with white space. Fix: trimmed. */
export const leadingTrailingSpace: SegmentCheck = {
  id: "leading-trailing-space",
  severity: "warning",
  messageKey: "leading-trailing-space",
  scope: "segment",
  check: ({ targetText }) => (targetText !== "" && targetText !== targetText.trim() ? [{ params: {}, fix: targetText.trim() }] : []),
};

// Any language's closing quotation marks may follow the final punctuation: German ends „Ja.“, Japanese 「はい。」.
const END = /([.!?:;…]|\.{3})[\s"'“”„‟‘’‚‛«»‹›「」『』)\]]*$/u;
const endOf = (text: string) => {
  const match = END.exec(text.trim());
  if (!match) return "";
  return match[1] === "..." ? "…" : match[1];
};

/** `punctuation-end`: the English ends with different final punctuation than the French (or none where the French has some). */
export const punctuationEnd: SegmentCheck = {
  id: "punctuation-end",
  severity: "warning",
  messageKey: "punctuation-end",
  scope: "segment",
  check: ({ sourceText, targetText, kind }) => {
    if (targetText.trim() === "" || kind === "TAG") return [];
    const [source, target] = [endOf(sourceText), endOf(targetText)];
    return source === target ? [] : [{ params: { source: source || "∅", target: target || "∅" } }];
  },
};

const BRACKETS: [string, string][] = [
  ["(", ")"],
  ["[", "]"],
  ["{", "}"],
];

/** The pairs to balance: brackets, and the translation's language's quotation marks (“ ” in English, „ “ in German, « » in Italian). */
const pairsByLanguage = new Map<string, [string, string][]>();
function pairsFor(targetLang: string): [string, string][] {
  let pairs = pairsByLanguage.get(targetLang);
  if (!pairs) {
    const quotes = getLocaleConventions(targetLang).quotes;
    // Marks that open and close alike (” ” in Finnish) cannot be balanced by counting.
    pairs = quotes && quotes.start !== quotes.end ? [...BRACKETS, [quotes.start, quotes.end]] : BRACKETS;
    pairsByLanguage.set(targetLang, pairs);
  }
  return pairs;
}

/** `bracket-mismatch`: brackets, or the quotation marks of the translation's language, opened and not closed (or the reverse). */
export const bracketMismatch: SegmentCheck = {
  id: "bracket-mismatch",
  severity: "warning",
  messageKey: "bracket-mismatch",
  scope: "segment",
  check: ({ targetText }, { targetLang }) => {
    for (const [open, close] of pairsFor(targetLang)) {
      if (!targetText.includes(open) && !targetText.includes(close)) continue;
      let depth = 0;
      for (const char of targetText) {
        if (char === open) depth += 1;
        else if (char === close) depth -= 1;
        if (depth < 0) break;
      }
      if (depth !== 0) return [{ params: { open, close } }];
    }
    return [];
  },
};

/** English runs about as long as French: outside these ratios a paragraph is likely cut or padded. */
const RATIO = { min: 0.5, max: 1.6 };

/** `length-ratio`: the English is far shorter or longer than the French (paragraphs of 40 characters or more). */
export const lengthRatio: SegmentCheck = {
  id: "length-ratio",
  severity: "warning",
  messageKey: "length-ratio",
  scope: "segment",
  check: ({ sourceText, targetText }) => {
    if (sourceText.length < 40 || targetText.trim() === "") return [];
    const ratio = targetText.length / sourceText.length;
    return ratio < RATIO.min || ratio > RATIO.max ? [{ params: { percent: Math.round(ratio * 100) } }] : [];
  },
};
