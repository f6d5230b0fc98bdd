/**
 * Anchors: the parts of a paragraph that survive translation, so that a pair can be recognised
 * by content. Numbers (with French and English decimal and thousands forms) and names
 * (capitalised words, compared loosely because French spells names differently: Poutine/Putin,
 * Moscou/Moscow, Inde/India).
 */
export type Anchors = { numbers: string[]; names: string[]; /** Quoted words kept as they are (titles, slogans, foreign words). */ quotes: string[] };

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    // French elision: l'Inde, d'Afghanistan, qu'Emmanuel are Inde, Afghanistan, Emmanuel.
    .replace(/^(l|d|qu|j|n|s|c|m|t)['’]/, "");

/** Capitalised only because they start a sentence: never names. */
const FUNCTION_WORDS = new Set(
  "the this that these those there their they its his her our with while when where which what but and for from after before into also even then thus yet yes not no all some many most one two three a an in on at of to by as it he she we you i if or so le la les un une des du de et mais pour par sur dans avec sans sous ce cet cette ces il elle ils elles on nous vous je tu si ou donc car ni quand alors aussi meme deja plus moins tres tout tous toute toutes chaque selon apres avant depuis pendant entre vers chez lors".split(" "),
);

export function extractAnchors(text: string): Anchors {
  const numbers = [...text.matchAll(/\d+(?:[ \u00a0.,]\d{3})*(?:[.,]\d+)?/g)].map((m) =>
    m[0].replace(/[ \u00a0]/g, "").replace(/[.,](?=\d{3}\b)/g, "").replace(",", "."),
  );
  // Capitalised words are names, except function words that are capitalised only at a sentence start.
  const names = [...text.matchAll(/(\p{Lu}[\p{L}'’-]{2,})/gu)].map((m) => fold(m[1])).filter((name) => name.length >= 3 && !FUNCTION_WORDS.has(name));
  // Quoted words that recur as they are: titles, slogans, words quoted in another language.
  const quotes = [...text.matchAll(/[«“"]\s*([^«»“”"]{3,60}?)\s*[»”"]/g)].flatMap((m) => fold(m[1]).split(/\s+/).filter((word) => word.length >= 4 && !FUNCTION_WORDS.has(word)));
  return { numbers: [...new Set(numbers)], names: [...new Set(names)], quotes: [...new Set(quotes)] };
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

/**
 * Names recur through an article: each pair is compared once (the aligner asks millions of
 * times). Kept by first name, then second, so that a lookup builds no key string.
 */
const sameNameCache = new Map<string, Map<string, boolean>>();
let sameNameCount = 0;

/** Two spellings of a name: same start and close enough (Poutine ~ Putin, Moscou ~ Moscow, Inde ~ India). */
export function isSameName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.charCodeAt(0) !== b.charCodeAt(0)) return false;
  let byFirst = sameNameCache.get(a);
  const known = byFirst?.get(b);
  if (known !== undefined) return known;
  const same = compareNames(a, b);
  if (sameNameCount > 100_000) {
    sameNameCache.clear();
    sameNameCount = 0;
    byFirst = undefined;
  }
  if (!byFirst) sameNameCache.set(a, (byFirst = new Map()));
  byFirst.set(b, same);
  sameNameCount += 1;
  return same;
}

function compareNames(a: string, b: string): boolean {
  if (a[0] !== b[0]) return false;
  if (a.length >= 4 && b.length >= 4 && a.slice(0, 3) === b.slice(0, 3)) return true;
  return levenshtein(a, b) / Math.max(a.length, b.length) <= 0.34;
}

// Plain loops below: the aligner calls this for every candidate link, about a million times
// for a long article, so it must not allocate.
function overlap(a: string[], b: string[], same: (x: string, y: string) => boolean): number {
  if (a.length === 0 && b.length === 0) return -1;
  if (a.length === 0 || b.length === 0) return 0;
  let matched = 0;
  for (const x of a) {
    for (const y of b) {
      if (same(x, y)) {
        matched += 1;
        break;
      }
    }
  }
  return matched / Math.max(a.length, b.length);
}

const isEqual = (x: string, y: string) => x === y;

/** How well two sides' anchors agree, 0 to 1, or null when neither side has any. */
export function anchorAgreement(source: Anchors, target: Anchors): number | null {
  let total = 0;
  let kinds = 0;
  for (const score of [overlap(source.numbers, target.numbers, isEqual), overlap(source.names, target.names, isSameName)]) {
    if (score >= 0) {
      total += score;
      kinds += 1;
    }
  }
  // A quoted word found again on the other side is strong evidence; its absence proves little.
  const quotes = overlap(source.quotes, target.quotes, isEqual);
  if (quotes > 0) {
    total += quotes;
    kinds += 1;
  }
  return kinds === 0 ? null : total / kinds;
}

export function mergeAnchors(...parts: Anchors[]): Anchors {
  if (parts.length === 1) return parts[0];
  const union = (key: keyof Anchors) => [...new Set(parts.flatMap((p) => p[key]))];
  return { numbers: union("numbers"), names: union("names"), quotes: union("quotes") };
}
