/** Lower case without accents, for comparisons that tolerate both. */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Compiled term patterns: the same glossary is matched against every paragraph. */
const patterns = new Map<string, RegExp>();

function patternFor(needle: string): RegExp {
  let pattern = patterns.get(needle);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle).replace(/\s+/g, "\\s+")}(?:s|x|es)?(?![\\p{L}\\p{N}])`, "gu");
    if (patterns.size > 10_000) patterns.clear();
    patterns.set(needle, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/**
 * Finds a term in a text as whole words, tolerating accents, case (unless the term is case
 * sensitive) and simple inflection (a plural -s, -x or -es). Returns the matches' positions in
 * the original text.
 */
export function findTerm(text: string, term: string, isCaseSensitive: boolean): { index: number; length: number }[] {
  if (term.trim() === "") return [];
  // Most paragraphs do not contain most terms: a cheap test first.
  const foldedTerm = fold(term).split(/\s+/)[0];
  if (foldedTerm && !fold(text).includes(foldedTerm)) return [];
  const needle = isCaseSensitive ? term.normalize("NFD").replace(/\p{M}/gu, "") : fold(term);
  // Folding can change lengths (decomposed accents are removed), so positions are mapped back.
  const map: number[] = [];
  const original = text;
  let folded = "";
  for (let i = 0; i < original.length; i += 1) {
    const piece = isCaseSensitive ? original[i].normalize("NFD").replace(/\p{M}/gu, "") : fold(original[i]);
    for (let k = 0; k < piece.length; k += 1) map.push(i);
    folded += piece;
  }
  return [...folded.matchAll(patternFor(needle))].map((match) => {
    const start = map[match.index] ?? 0;
    const end = (map[match.index + match[0].length - 1] ?? start) + 1;
    return { index: start, length: end - start };
  });
}
