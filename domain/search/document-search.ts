// The documents list's full-text search (decision 025): what a query means, the same on SQLite
// (FTS5) and PostgreSQL (tsvector). Pure, so the parsing is unit-tested.

/** The longest search the documents list takes, in characters. */
export const MAX_DOCUMENT_SEARCH_LENGTH = 200;
/** Words of a search beyond this many are ignored: each one is another index lookup. */
export const MAX_DOCUMENT_SEARCH_WORDS = 8;

/**
 * A search lists at most this many documents, the newest first (decision 028): one that matches
 * more says "more than" this many, and adding a word narrows it. Its cost is bounded by this
 * number, not by the archive's size.
 */
export const MAX_DOCUMENT_SEARCH_RESULTS = 1000;
/**
 * A search with filters, or by someone who may not see every confidential article, looks at
 * most at this many of the index's newest matches for documents that pass them.
 */
export const MAX_DOCUMENT_SEARCH_SCANNED = 5000;

/**
 * A word of a search this long or longer is also the start of longer words ("inde" finds
 * "Indes"); a shorter one ("UE", "PIB", "14") matches whole words only (decision 028): a prefix of
 * one to three letters stands for thousands of words of the index, whose lists both databases
 * would have to merge, for a search that says little.
 */
export const MIN_DOCUMENT_SEARCH_PREFIX = 4;

/**
 * The words of a search: runs of letters and digits, lower-cased, each matched as the start of a
 * word of the title or the French ("inde" finds "Inde" and "Indes"; a word shorter than
 * MIN_DOCUMENT_SEARCH_PREFIX only as a whole word), all of them required.
 * Accents are ignored by both indexes. Punctuation and operators are not syntax here, so no
 * input can make the index query fail.
 */
export function documentSearchWords(query: string): string[] {
  const words = query.normalize("NFC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_DOCUMENT_SEARCH_WORDS);
}

const isPrefix = (word: string) => [...word].length >= MIN_DOCUMENT_SEARCH_PREFIX;

/** The words as an SQLite FTS5 query: each quoted, a prefix when long enough, all required. */
export function toFts5Query(words: readonly string[]): string {
  return words.map((word) => `"${word}"${isPrefix(word) ? "*" : ""}`).join(" AND ");
}

/** The words as a PostgreSQL tsquery: each a prefix when long enough, all required. */
export function toTsQuery(words: readonly string[]): string {
  return words.map((word) => `${word}${isPrefix(word) ? ":*" : ""}`).join(" & ");
}
