import { diffWords, type DiffPart } from "../history/word-diff";
import { normaliseSourceText } from "./normalise-text";
import type { SourcePairing } from "./types";

/**
 * The word diff the preview shows for a link: its old paragraphs against its new ones, a paragraph
 * break between parts of a split or a merge. Whitespace is normalised first, because it is not a
 * change here (the editor's history diff, which this reuses, shows it on purpose).
 */
export function diffSourceLink(oldParagraphs: readonly string[], newParagraphs: readonly string[], link: SourcePairing): DiffPart[] {
  const side = (paragraphs: readonly string[], indexes: number[]) => indexes.map((k) => normaliseSourceText(paragraphs[k])).join("\n\n");
  return diffWords(side(oldParagraphs, link.old), side(newParagraphs, link.new));
}
