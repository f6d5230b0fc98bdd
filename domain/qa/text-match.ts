const ASCII = /^[\x00-\x7f]*$/;
const MARKS = /\p{M}/gu;

/** Lower case without accents, for comparisons that tolerate both. */
export function fold(text: string): string {
  return ASCII.test(text) ? text.toLowerCase() : text.normalize("NFD").replace(MARKS, "").toLowerCase();
}

function stripAccents(text: string): string {
  return ASCII.test(text) ? text : text.normalize("NFD").replace(MARKS, "");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Compiled term patterns: the same glossary is matched against every paragraph. */
const patterns = new Map<string, RegExp>();

/**
 * How a term may appear. With `isWholeWord` (how the French is read), a term joined by a hyphen
 * to another word is part of a longer compound or a derived word ("pro-Pékin", "Pékin-Express"),
 * not the term; and a name (a term written with a capital) takes no plural ending: "Suisses" and
 * "Corses" are people, not "Suisse" and "Corse". Otherwise ("UAVs", "Moscow-based") both count.
 */
export type TermMatching = { isWholeWord?: boolean };

function patternFor(term: FoldedTerm, isWholeWord: boolean): RegExp {
  const { needle, isName } = term;
  // Kept on the folded term: building a map key for every term of every paragraph costs more than the match.
  const cached = isWholeWord ? term.wholeWordPattern : term.pattern;
  if (cached) return cached;
  const key = `${isName ? 1 : 0}${isWholeWord ? 1 : 0}${needle}`;
  let pattern = patterns.get(key);
  if (!pattern) {
    const before = isWholeWord ? "(?<![\\p{L}\\p{N}])(?<![\\p{L}\\p{N}]-)" : "(?<![\\p{L}\\p{N}])";
    const after = isWholeWord ? "(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])" : "(?![\\p{L}\\p{N}])";
    pattern = new RegExp(`${before}${escapeRegExp(needle).replace(/\s+/g, "\\s+")}${isName && isWholeWord ? "" : "(?:s|x|es)?"}${after}`, "gu");
    if (patterns.size > 10_000) patterns.clear();
    patterns.set(key, pattern);
  }
  if (isWholeWord) term.wholeWordPattern = pattern;
  else term.pattern = pattern;
  return pattern;
}

export type Prepared = { text: string; folded: string; map: number[] | null };

/**
 * A text folded once for all the terms looked up in it (the checks ask for every glossary
 * term in every paragraph): the folded form, and where its characters come from when folding
 * changed the length (decomposed accents removed).
 */
const prepared = [new Map<string, Prepared>(), new Map<string, Prepared>()];

export function prepareText(text: string, isCaseSensitive: boolean): Prepared {
  const cache = prepared[isCaseSensitive ? 1 : 0];
  let entry = cache.get(text);
  if (entry) return entry;
  const transform = isCaseSensitive ? stripAccents : fold;
  const whole = transform(text);
  // Precomposed accents fold to one character each: positions then match the original text.
  if (whole.length === text.length) {
    entry = { text, folded: whole, map: null };
  } else {
    const map: number[] = [];
    let folded = "";
    for (let i = 0; i < text.length; i += 1) {
      const piece = transform(text[i]);
      for (let k = 0; k < piece.length; k += 1) map.push(i);
      folded += piece;
    }
    entry = { text, folded, map };
  }
  if (cache.size > 256) cache.clear();
  cache.set(text, entry);
  return entry;
}

type FoldedTerm = { needle: string; firstWord: string; isName: boolean; pattern?: RegExp; wholeWordPattern?: RegExp };
const foldedTerms = [new Map<string, FoldedTerm>(), new Map<string, FoldedTerm>()];
function foldTerm(term: string, isCaseSensitive: boolean): FoldedTerm {
  const cache = foldedTerms[isCaseSensitive ? 1 : 0];
  let folded = cache.get(term);
  if (folded === undefined) {
    const needle = isCaseSensitive ? stripAccents(term) : fold(term);
    folded = { needle, firstWord: needle.split(/\s+/)[0], isName: /^\p{Lu}/u.test(term.trim()) };
    if (cache.size > 10_000) cache.clear();
    cache.set(term, folded);
  }
  return folded;
}

/**
 * Finds a term in a text as whole words, tolerating accents, case (unless the term is case
 * sensitive), elision ("l'Inde", "d'Inde") and, for a term in lower case, simple inflection (a
 * plural -s, -x or -es). Returns the matches' positions in the original text.
 */
export function findTerm(text: string, term: string, isCaseSensitive: boolean, matching: TermMatching = {}): { index: number; length: number }[] {
  return findTermIn(prepareText(text, isCaseSensitive), term, isCaseSensitive, matching);
}

/** `findTerm` on a text prepared once for many terms. */
export function findTermIn({ folded, map }: Prepared, term: string, isCaseSensitive: boolean, matching: TermMatching = {}): { index: number; length: number }[] {
  const foldedTerm = foldTerm(term, isCaseSensitive);
  const { needle, firstWord } = foldedTerm;
  if (needle.trim() === "") return [];
  // Most paragraphs do not contain most terms: a plain substring test first.
  if (firstWord && !folded.includes(firstWord)) return [];
  const pattern = patternFor(foldedTerm, matching.isWholeWord ?? false);
  pattern.lastIndex = 0;
  return [...folded.matchAll(pattern)].map((match) => {
    if (!map) return { index: match.index, length: match[0].length };
    const start = map[match.index] ?? 0;
    const end = (map[match.index + match[0].length - 1] ?? start) + 1;
    return { index: start, length: end - start };
  });
}
