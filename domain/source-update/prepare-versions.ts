import { normaliseSourceText } from "./normalise-text";
import { WordIndex } from "./similarity";

/** Both versions of an article, ready to compare: one id per distinct normalised text, words on demand. */
export type Versions = {
  oldCount: number;
  newCount: number;
  /** Id of each paragraph's normalised text; equal ids, equal texts (whitespace aside). */
  oldKeys: Int32Array;
  newKeys: Int32Array;
  keyCount: number;
  oldWords(i: number): Int32Array;
  newWords(j: number): Int32Array;
};

export function prepareVersions(oldParagraphs: readonly string[], newParagraphs: readonly string[]): Versions {
  const keyOf = new Map<string, number>();
  const oldTexts = oldParagraphs.map(normaliseSourceText);
  const newTexts = newParagraphs.map(normaliseSourceText);
  const keys = (texts: string[]) =>
    Int32Array.from(texts, (text) => {
      let key = keyOf.get(text);
      if (key === undefined) {
        key = keyOf.size;
        keyOf.set(text, key);
      }
      return key;
    });
  const oldKeys = keys(oldTexts);
  const newKeys = keys(newTexts);
  // Words are only needed for the paragraphs that are not identical: most of them never are.
  const index = new WordIndex();
  const oldWords: (Int32Array | undefined)[] = new Array(oldTexts.length);
  const newWords: (Int32Array | undefined)[] = new Array(newTexts.length);
  return {
    oldCount: oldTexts.length,
    newCount: newTexts.length,
    oldKeys,
    newKeys,
    keyCount: keyOf.size,
    oldWords: (i) => (oldWords[i] ??= index.words(oldTexts[i])),
    newWords: (j) => (newWords[j] ??= index.words(newTexts[j])),
  };
}
