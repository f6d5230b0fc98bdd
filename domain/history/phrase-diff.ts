import { diffWords, type DiffPart } from "./word-diff";

/**
 * The most words an unchanged stretch between two changes may hold and still be read as part of
 * one changed phrase: "The cat sat" → "A dog sat" reads as "The cat" replaced by "A dog", not as
 * two one-word swaps around an unchanged space.
 */
export const MAX_PHRASE_GAP_WORDS = 2;

const WORD = /[\p{L}\p{N}]+/gu;
const wordCount = (text: string) => text.match(WORD)?.length ?? 0;

/**
 * A diff as a reviewer reads it: word changes grouped into whole phrases. Changes separated by
 * at most MAX_PHRASE_GAP_WORDS unchanged words become one phrase, shown as everything deleted
 * (unchanged gap included) followed by everything inserted; longer unchanged stretches stay as
 * they are. Concatenating the "same" and "removed" parts gives `before`; "same" and "added" give `after`.
 */
export function diffPhrases(before: string, after: string, maxGapWords = MAX_PHRASE_GAP_WORDS): DiffPart[] {
  const parts = diffWords(before, after);
  const result: DiffPart[] = [];
  let removed = "";
  let added = "";
  let isInPhrase = false;
  const flush = () => {
    if (removed !== "") result.push({ type: "removed", text: removed });
    if (added !== "") result.push({ type: "added", text: added });
    removed = "";
    added = "";
    isInPhrase = false;
  };
  parts.forEach((part, index) => {
    if (part.type === "removed") {
      removed += part.text;
      isInPhrase = true;
    } else if (part.type === "added") {
      added += part.text;
      isInPhrase = true;
    } else {
      const hasChangeAfter = parts.slice(index + 1).some((p) => p.type !== "same");
      if (isInPhrase && hasChangeAfter && wordCount(part.text) <= maxGapWords) {
        removed += part.text;
        added += part.text;
      } else {
        flush();
        result.push(part);
      }
    }
  });
  flush();
  return result;
}
