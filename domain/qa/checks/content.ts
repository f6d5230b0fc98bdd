import { detectLanguage } from "../../import/detect-language";
import { findBylineButton, isNameLine, isPageFurniture } from "../../segmentation/classify-segment";
import { baseLanguage } from "../locale-conventions";
import { readNumbers } from "./numbers";
import { findFrenchFragment, isFragmentOf } from "./prose";
import type { SegmentCheck } from "../types";

/** `empty-target`: a paragraph that needs a translation has none. */
export const emptyTarget: SegmentCheck = {
  id: "empty-target",
  severity: "error",
  messageKey: "empty-target",
  scope: "segment",
  check: ({ sourceText, targetText }) => (sourceText.trim() !== "" && targetText.trim() === "" ? [{ params: {} }] : []),
};

/** French words English text never uses on its own. */
const FRENCH_ONLY = /(?<![\p{L}'’])(le|la|les|des|du|et|est|une|pour|avec|dans|sur|qui|que|pas|mais|très|être|été|où|aussi|selon|depuis|c'est|d'|l')(?![\p{L}])/giu;

/**
 * `untranslated`: the translation is the French copied, or (in English) is written in French.
 * Names that are the same in both languages ("Narendra Modi", "Anissa el-Jabri") and short codes
 * ("2 min") are not findings. Only an English translation is tested for French words: the list
 * is of words English never uses (Spanish writes "la" and "que" too), and the language detector
 * tells French from English only.
 */
export const untranslated: SegmentCheck = {
  id: "untranslated",
  severity: "error",
  messageKey: "untranslated",
  scope: "segment",
  check: ({ sourceText, targetText }, { targetLang }) => {
    const target = targetText.trim();
    if (target === "" || !/\p{L}/u.test(target)) return [];
    if (target === sourceText.trim()) {
      return isNameLine(target) || target.length <= 6 || !/\p{Ll}{3}/u.test(target) ? [] : [{ params: { reason: "copied" } }];
    }
    if (baseLanguage(targetLang) !== "en") return [];
    const frenchWords = target.match(FRENCH_ONLY) ?? [];
    // The cheap word test first: language detection runs only on suspicious paragraphs.
    if (frenchWords.length >= 2 && (target.length < 20 || detectLanguage(target) === "fr")) {
      // French inside an English paragraph is `untranslated-fragment`'s, which quotes it: one finding, not two.
      const fragment = findFrenchFragment(sourceText, target);
      return fragment && isFragmentOf(fragment, target) ? [] : [{ params: { reason: "french" } }];
    }
    return [];
  },
};

/**
 * `boilerplate`: page furniture ("Advertising", "Read more", "Lire aussi : <headline>", share
 * buttons, app badges) in a paragraph that is not excluded; or a social button's word stuck to
 * the end of a byline ("Text by: RFI Follow"). Fix, for the button stuck in the English: the
 * byline without it.
 */
export const boilerplate: SegmentCheck = {
  id: "boilerplate",
  severity: "warning",
  messageKey: (params) => (params.button ? "boilerplate-button" : "boilerplate"),
  scope: "segment",
  check: ({ sourceText, targetText }) => {
    if (isPageFurniture(targetText) || isPageFurniture(sourceText)) return [{ params: {} }];
    const inTarget = findBylineButton(targetText);
    const stuck = inTarget ?? findBylineButton(sourceText);
    if (!stuck) return [];
    return [{ params: { button: stuck.button }, ...(inTarget ? { fix: inTarget.byline } : {}) }];
  },
};

/** Words a full stop follows without ending a sentence: titles and common abbreviations, both languages. */
const ABBREVIATIONS = new Set(["m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "mr", "mrs", "ms", "jr", "sr", "no", "vs", "etc", "av", "apr", "j.-c", "u.s", "p", "ex", "cf", "gen", "col", "lt", "sgt", "gov", "sen", "rep"]);

/** A paragraph's sentences: a sentence ends at . ! ? or … followed by a space and a capital, a digit or a quotation mark. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/([.!?…]+)[)"'”»’]*\s+(?=[«"“\p{Lu}\d])/gu)) {
    const before = text.slice(start, match.index).match(/([\p{L}.-]+)$/u)?.[1] ?? "";
    // "M. Macron", "J.-C.", "Sputnik V.": an abbreviation or an initial, not a sentence's end.
    if (match[1] === "." && (ABBREVIATIONS.has(before.toLowerCase()) || /^\p{Lu}$/u.test(before))) continue;
    const end = match.index + match[0].length;
    sentences.push(text.slice(start, end).trim());
    start = end;
  }
  if (text.slice(start).trim() !== "") sentences.push(text.slice(start).trim());
  return sentences;
}

/** English runs about as long as French, sentence by sentence. */
const EXPECTED_RATIO = 0.95;
/** Costs of the sentence alignment: a length mismatch costs SLOPE per unit of log ratio. */
const COST = { slope: 6, merge: 0.5, skip: 3, figure: 2 };

type Step = { french: number[]; english: number[] };

/**
 * Aligns the French sentences with the English ones by their lengths (after Gale and Church,
 * 1993): one to one, two to one and one to two (a translator may merge or split sentences), or
 * one to none; a figure of the French missing from its English adds to a step's cost. Returns the steps in order.
 */
function alignSentences(french: readonly string[], english: readonly string[], numbers: { french: number[][]; english: number[][] }): Step[] {
  const lengthCost = (f: number, e: number) => COST.slope * Math.abs(Math.log((e + 10) / (f * EXPECTED_RATIO + 10)));
  // A figure of the French that the English of the same step lacks says the step is wrong: "40 000 foyers" is not in "Emergency services".
  const figureCost = (step: Step) => {
    const english = new Set(step.english.flatMap((j) => numbers.english[j]));
    return COST.figure * step.french.flatMap((i) => numbers.french[i]).filter((value) => !english.has(value)).length;
  };
  const n = french.length;
  const m = english.length;
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const from: (Step | null)[][] = Array.from({ length: n + 1 }, () => new Array<Step | null>(m + 1).fill(null));
  best[0][0] = 0;
  const lengthOf = (sentences: readonly string[], indexes: number[]) => indexes.reduce((sum, i) => sum + sentences[i].length, 0);
  for (let i = 0; i <= n; i += 1) {
    for (let j = 0; j <= m; j += 1) {
      if (best[i][j] === Infinity) continue;
      const moves: [number, number, number][] = [
        [1, 1, 0],
        [2, 1, COST.merge],
        [1, 2, COST.merge],
        [1, 0, COST.skip],
        [0, 1, COST.skip],
      ];
      for (const [di, dj, extra] of moves) {
        if (i + di > n || j + dj > m) continue;
        const step = { french: Array.from({ length: di }, (_, k) => i + k), english: Array.from({ length: dj }, (_, k) => j + k) };
        const total = best[i][j] + extra + (di > 0 && dj > 0 ? lengthCost(lengthOf(french, step.french), lengthOf(english, step.english)) + figureCost(step) : 0);
        if (total < best[i + di][j + dj]) {
          best[i + di][j + dj] = total;
          from[i + di][j + dj] = step;
        }
      }
    }
  }
  const steps: Step[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const step = from[i][j];
    if (!step) break;
    steps.unshift(step);
    i -= step.french.length;
    j -= step.english.length;
  }
  return steps;
}

/** Sentences are compared only above this many sentences' worth of text: a title or a caption has no clause to lose. */
const MIN_SENTENCE_LENGTH = 40;
/** A sentence in English shorter than this share of its French has lost a clause (when a figure went with it). */
const CLAUSE_RATIO = 0.6;
/** An English paragraph at least this long relative to its French, with as many sentences, has dropped none. */
const FULL_RATIO = 0.85;
/** Sentences are shown up to this length in a finding. */
const MAX_SHOWN_SENTENCE = 80;

const shorten = (text: string) => (text.length > MAX_SHOWN_SENTENCE ? `${text.slice(0, MAX_SHOWN_SENTENCE - 1)}…` : text);

/**
 * `missing-content`: the English leaves out part of the French. The sentences of both are aligned
 * by length (see `alignSentences`); a French sentence left without English is reported when
 * something says it was dropped rather than merged: a figure of it that the English lacks, or the
 * English paragraph short by about that sentence's length. A French sentence whose English is far
 * shorter and lacks one of its figures has lost a clause. The finding quotes the French sentence.
 * Only an English translation is compared: the expected length ratio is English's.
 */
export const missingContent: SegmentCheck = {
  id: "missing-content",
  severity: "warning",
  messageKey: (params) => `missing-content-${params.kind}`,
  scope: "segment",
  check: ({ sourceText, targetText, kind }, { sourceLang, targetLang }) => {
    if (baseLanguage(targetLang) !== "en" || kind === "TAG" || targetText.trim() === "" || sourceText.length < MIN_SENTENCE_LENGTH) return [];
    const ratio = targetText.length / sourceText.length;
    const french = splitSentences(sourceText);
    // The common case, cheaply: one French sentence whose English is not much shorter has lost nothing this check can see.
    if (french.length === 1 && ratio >= CLAUSE_RATIO) return [];
    const english = splitSentences(targetText);
    // As many English sentences or more, and the English as long as the French: nothing was dropped.
    if (english.length >= french.length && ratio >= FULL_RATIO) return [];
    let englishNumbers: Set<number> | null = null;
    const lacksFigure = (sentence: string) => {
      englishNumbers ??= new Set(readNumbers(targetText, targetLang));
      const has = englishNumbers;
      return readNumbers(sentence, sourceLang).some((value) => !has.has(value));
    };
    const steps = french.length > 1 || english.length > 1 ? alignSentences(french, english, { french: french.map((sentence) => readNumbers(sentence, sourceLang)), english: english.map((sentence) => readNumbers(sentence, targetLang)) }) : [{ french: [0], english: [0] }];
    for (const step of steps) {
      if (step.french.length !== 1) continue;
      const sentence = french[step.french[0]];
      if (step.english.length === 0) {
        const share = sentence.length / sourceText.length;
        const isShortByIt = ratio < 0.8 && share >= 0.2 && Math.abs(ratio + share * EXPECTED_RATIO - EXPECTED_RATIO) < 0.2;
        if (sentence.split(/\s+/).length >= 5 && (lacksFigure(sentence) || isShortByIt)) return [{ params: { kind: "sentence", sentence: shorten(sentence) } }];
      } else if (step.english.length === 1 && sentence.length >= 2 * MIN_SENTENCE_LENGTH) {
        const shorter = english[step.english[0]].length / sentence.length < CLAUSE_RATIO;
        if (shorter && lacksFigure(sentence)) return [{ params: { kind: "clause", sentence: shorten(sentence) } }];
      }
    }
    return [];
  },
};
