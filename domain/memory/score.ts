import { MEMORY_MAX_SCORED_LENGTH, MEMORY_MIN_SCORE } from "./limits";
import { normaliseMemoryText } from "./normalise";

/**
 * How close a memory unit's source is to the text being translated, from 0 to 100, as CAT tools
 * show it: 100 for the same text (after normalising white space), otherwise
 * `100 × (1 − edit distance / length of the longer text)` over characters, rounded down, capped
 * at 99 so that only an identical text is 100. Below `minScore` the answer is null: the distance
 * is computed in a band of width `(1 − minScore/100) × length`, so a poor candidate costs little.
 *
 * Characters rather than words: a changed number or accent costs a character or two, like the
 * Levenshtein ratio of Weblate and Pontoon. Reordered clauses cost their length, which is right
 * for a translator: the translation must be reordered too.
 */
export function memoryScore(text: string, candidate: string, minScore = MEMORY_MIN_SCORE): number | null {
  const a = normaliseMemoryText(text);
  const b = normaliseMemoryText(candidate);
  if (a === b) return 100;
  const longest = Math.max(a.length, b.length);
  if (longest === 0 || longest > MEMORY_MAX_SCORED_LENGTH) return null;
  const maxDistance = Math.floor(longest * (1 - minScore / 100));
  const distance = boundedLevenshtein(a, b, maxDistance);
  if (distance === null) return null;
  const score = Math.min(99, Math.floor(100 * (1 - distance / longest)));
  return score >= minScore ? score : null;
}

/**
 * Levenshtein distance between a and b, or null when it exceeds `max` (Ukkonen's band: only the
 * cells within `max` of the diagonal can hold a distance ≤ max).
 */
export function boundedLevenshtein(a: string, b: string, max: number): number | null {
  if (Math.abs(a.length - b.length) > max) return null;
  if (a.length > b.length) [a, b] = [b, a];
  const n = a.length;
  const m = b.length;
  if (n === 0) return m <= max ? m : null;
  const big = max + 1;
  let previous = new Int32Array(m + 1);
  let current = new Int32Array(m + 1);
  for (let j = 0; j <= m; j += 1) previous[j] = j <= max ? j : big;
  for (let i = 1; i <= n; i += 1) {
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    current.fill(big);
    current[0] = i <= max ? i : big;
    let rowMin = current[0];
    const code = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j += 1) {
      const substitution = previous[j - 1] + (code === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(substitution, previous[j] + 1, current[j - 1] + 1, big);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return null;
    [previous, current] = [current, previous];
  }
  return previous[m] <= max ? previous[m] : null;
}
