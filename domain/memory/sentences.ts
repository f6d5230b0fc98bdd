import { normaliseMemoryText } from "./normalise";

// A piece that ends with an initial or a title ("M.", "Mme.", "Dr.") is not a sentence's end.
const ABBREVIATION_END = /(?:^|[\s(«"“])(?:\p{Lu}|M|Mme|Mlle|MM|Dr|Pr|Me|Mgr|St|Ste|Mr|Mrs|Ms|Gen|Sen|Rep|Gov|Jr|Sr)\.$/u;

/**
 * One sentence segmenter per language: making one costs tens of microseconds (ICU loads its
 * rules), more than splitting a paragraph with it, and an import splits thousands of paragraphs.
 * A segmenter keeps no state between calls to `segment`.
 */
const segmenters = new Map<string, Intl.Segmenter>();
/** Language tags come from documents and queries: at most this many segmenters are kept. */
const MAX_SEGMENTERS = 64;

function sentenceSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(lang, { granularity: "sentence" });
    if (segmenters.size >= MAX_SEGMENTERS) segmenters.clear();
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** The sentences of a paragraph (Intl.Segmenter, by the text's language), abbreviations kept whole. */
export function splitSentences(text: string, lang: string): string[] {
  const segmenter = sentenceSegmenter(lang);
  const pieces: string[] = [];
  let pending = "";
  for (const { segment } of segmenter.segment(text)) {
    pending += segment;
    if (ABBREVIATION_END.test(pending.trimEnd())) continue;
    if (pending.trim() !== "") pieces.push(normaliseMemoryText(pending));
    pending = "";
  }
  if (pending.trim() !== "") pieces.push(normaliseMemoryText(pending));
  return pieces;
}

export type SentencePair = { sentence: number; sourceText: string; targetText: string };

/**
 * The sentence pairs of a paragraph and its translation, when both split into the same number of
 * sentences (more than one): then the n-th French sentence is taken to be translated by the n-th.
 * Otherwise none: a translation that merged or split sentences cannot be paired safely.
 */
export function pairSentences(source: string, target: string, sourceLang: string, targetLang: string): SentencePair[] {
  const sources = splitSentences(source, sourceLang);
  const targets = splitSentences(target, targetLang);
  if (sources.length < 2 || sources.length !== targets.length) return [];
  return sources.map((sourceText, index) => ({ sentence: index + 1, sourceText, targetText: targets[index] }));
}
