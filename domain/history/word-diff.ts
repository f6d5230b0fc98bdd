import { diffWordsWithSpace } from "diff";

export type DiffPart = { type: "same" | "added" | "removed"; text: string };

/**
 * A word-level diff of two versions of a paragraph, as reviewers read it: whole words
 * added or removed, spaces kept so that a double space shows up as a change.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    type: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
}
