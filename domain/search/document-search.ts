// The documents list's full-text search (decision 025): what a query means, the same on SQLite
// (FTS5) and PostgreSQL (tsvector). Pure, so the parsing is unit-tested.

/** The longest search the documents list takes, in characters. */
export const MAX_DOCUMENT_SEARCH_LENGTH = 200;
/** Words of a search beyond this many are ignored: each one is another index lookup. */
export const MAX_DOCUMENT_SEARCH_WORDS = 8;

/**
 * The words of a search: runs of letters and digits, lower-cased, each matched as the start of a
 * word of the title or the French ("inde" finds "Inde" and "Indes"), all of them required.
 * Accents are ignored by both indexes. Punctuation and operators are not syntax here, so no
 * input can make the index query fail.
 */
export function documentSearchWords(query: string): string[] {
  const words = query.normalize("NFC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_DOCUMENT_SEARCH_WORDS);
}

/** The words as an SQLite FTS5 query: each a quoted prefix, all required. */
export function toFts5Query(words: readonly string[]): string {
  return words.map((word) => `"${word}"*`).join(" AND ");
}

/** The words as a PostgreSQL tsquery: each a prefix, all required. */
export function toTsQuery(words: readonly string[]): string {
  return words.map((word) => `${word}:*`).join(" & ");
}
