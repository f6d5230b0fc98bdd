/**
 * Any run of whitespace: spaces, tabs, line breaks, and the Unicode spaces French typography and
 * newsroom tools add or drop on their own (no-break U+00A0 before « : ; ? ! », narrow no-break
 * U+202F, thin spaces, the byte-order mark). JavaScript's `\s` covers all of them.
 */
const WHITESPACE_RUN = /\s+/gu;
/** Two whitespace characters in a row, one that is not a plain space, or whitespace at either end. */
const NEEDS_WHITESPACE_NORMALISING = /\s\s|[^\S ]|^\s|\s$/u;

/**
 * The text of a source paragraph as the comparison of two versions sees it: NFC (so "é" typed two
 * ways is one letter), every run of whitespace made one space, trimmed. Two paragraphs that differ
 * only in whitespace have the same normalised text and count as unchanged: a CMS re-saving an
 * article with other spaces must not send its approved translations back to review.
 */
export function normaliseSourceText(text: string): string {
  const composed = text.normalize("NFC");
  // Most paragraphs are already normal; testing is several times cheaper than rebuilding them.
  return NEEDS_WHITESPACE_NORMALISING.test(composed) ? composed.replace(WHITESPACE_RUN, " ").trim() : composed;
}

/**
 * Whether two paragraphs differ, but only in whitespace (or in how an accented letter is encoded,
 * which no reader sees). Identical texts are no change at all.
 */
export function isWhitespaceOnlyChange(before: string, after: string): boolean {
  return before !== after && normaliseSourceText(before) === normaliseSourceText(after);
}
