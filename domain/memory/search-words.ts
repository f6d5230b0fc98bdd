import { MEMORY_MAX_QUERY_WORDS } from "./limits";

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * The words of a text given to the full-text prefilter: distinct, of four characters or more
 * (shorter ones are mostly function words every unit has, and the trigram index needs three),
 * longest first, at most MEMORY_MAX_QUERY_WORDS. A unit sharing none of them cannot be a 75 %
 * match of a text of more than a few words; a shorter text falls back on its whole self.
 */
export function prefilterWords(text: string): string[] {
  const words = [...new Set((text.match(WORD) ?? []).map((word) => word.toLowerCase()))];
  const long = words.filter((word) => word.length >= 4);
  const chosen = long.length > 0 ? long : words.filter((word) => word.length >= 3);
  return chosen.sort((a, b) => b.length - a.length || a.localeCompare(b)).slice(0, MEMORY_MAX_QUERY_WORDS);
}
