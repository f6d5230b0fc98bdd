import { MEMORY_ALL_WORDS_FALLBACK, MEMORY_COMMON_WORD_UNITS, MEMORY_MAX_COUNTED_WORDS, MEMORY_MAX_QUERY_WORDS, MEMORY_RANKING_BUDGET } from "./limits";

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const NUMBER = /^\p{N}{3,}$/u;

/**
 * The words of a text whose frequency in the memory the prefilter looks up: distinct, numbers of
 * three digits or more first (figures, years: distinctive), then words of four characters or more
 * (shorter ones are mostly function words every unit has, and the trigram index needs three),
 * longest first, at most MEMORY_MAX_COUNTED_WORDS. A text without any falls back on its
 * three-letter words.
 */
export function prefilterWords(text: string): string[] {
  const words = [...new Set((text.match(WORD) ?? []).map((word) => word.toLowerCase()))];
  const numbers = words.filter((word) => NUMBER.test(word));
  const long = words.filter((word) => word.length >= 4 && !NUMBER.test(word));
  const byLength = (a: string, b: string) => b.length - a.length || a.localeCompare(b);
  const chosen = numbers.length + long.length > 0 ? [...numbers.sort(byLength), ...long.sort(byLength)] : words.filter((word) => word.length >= 3).sort(byLength);
  return chosen.slice(0, MEMORY_MAX_COUNTED_WORDS);
}

export type WordQuery = {
  words: string[];
  /**
   * `any`: units holding at least one of the words (the rare ones), ranked by the index;
   * `all`: units holding every one of them, when every word of the text is common.
   */
  match: "any" | "all";
};

/**
 * Which words the index is asked for, from how many units hold each (counted up to
 * MEMORY_COMMON_WORD_UNITS by the caller): the rarest words under that count, any of them, at
 * most MEMORY_MAX_QUERY_WORDS and, after the first two, only while their units add up to no
 * more than MEMORY_RANKING_BUDGET. A unit that shares none of a text's rare words is unlikely to be a
 * 75 % match (it would differ from the text in each of them), and rare words keep the
 * candidates few, so the ranking is cheap.
 * When no word is rare, the MEMORY_ALL_WORDS_FALLBACK longest words, all of them: the price is
 * that such a text (made only of words found in over a thousand units) misses a match that lacks
 * one of those words (decision 020).
 */
export function chooseQueryWords(counts: readonly { word: string; units: number }[]): WordQuery {
  const rare = counts.filter((entry) => entry.units < MEMORY_COMMON_WORD_UNITS);
  if (rare.length > 0) {
    const sorted = [...rare].sort((a, b) => a.units - b.units || b.word.length - a.word.length || a.word.localeCompare(b.word));
    const words: string[] = [];
    let units = 0;
    for (const entry of sorted.slice(0, MEMORY_MAX_QUERY_WORDS)) {
      if (words.length >= 2 && units + entry.units > MEMORY_RANKING_BUDGET) break;
      words.push(entry.word);
      units += entry.units;
    }
    return { words, match: "any" };
  }
  return { words: counts.slice(0, MEMORY_ALL_WORDS_FALLBACK).map((entry) => entry.word), match: "all" };
}
