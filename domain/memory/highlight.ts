const MARKS = /\p{M}/gu;

/** One character folded for search: lower case, accents removed (as the SQLite index folds them). */
const foldChar = (char: string) => char.normalize("NFD").replace(MARKS, "").toLowerCase();

export type HighlightPart = { text: string; isMatch: boolean };

/**
 * A text cut where `query` occurs, ignoring case and accents, so that a concordance result shows
 * the words searched for. The whole text as one part when it does not occur.
 */
export function highlightOccurrences(text: string, query: string): HighlightPart[] {
  const needle = [...query.trim()].map(foldChar).join("").replace(/\s+/g, " ");
  if (needle === "") return [{ text, isMatch: false }];
  // The folded text, and for each of its characters the index of the original one it came from.
  let folded = "";
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    // A run of white space is one space, as in the query.
    const piece = /\s/.test(char) ? (folded.endsWith(" ") ? "" : " ") : foldChar(char);
    for (let k = 0; k < piece.length; k += 1) origin.push(index);
    folded += piece;
    index += char.length;
  }
  origin.push(text.length);
  const parts: HighlightPart[] = [];
  let cursor = 0;
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
    const start = origin[at];
    const end = origin[at + needle.length];
    if (start > cursor) parts.push({ text: text.slice(cursor, start), isMatch: false });
    parts.push({ text: text.slice(start, end), isMatch: true });
    cursor = end;
  }
  if (cursor < text.length || parts.length === 0) parts.push({ text: text.slice(cursor), isMatch: false });
  return parts;
}
