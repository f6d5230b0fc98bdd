/**
 * Word-level similarity of paragraphs, for pairing the paragraphs of two versions of an article
 * that are not identical. Words are compared as multisets (Dice's coefficient): a corrected figure
 * or an added clause costs a word or two, moving a clause within the paragraph costs nothing, and
 * unrelated paragraphs share only function words ("de", "la", "et").
 */

/**
 * Least similarity for two paragraphs in the same place of the two versions to be one paragraph
 * edited rather than one removed and another inserted.
 *
 * Measured on the demo article (prisma/seed/article.fr.txt): the most similar two DIFFERENT French
 * paragraphs score 0.44 (two bylines, "X, directeur de recherche au CERI" and "Y, directeur de
 * recherche émérite au CNRS"); the next 0.40 and below, most pairs under 0.3. Edits a newsroom
 * makes score well above: a corrected figure in a 15-word paragraph 0.93, one sentence of three
 * cut 0.8, half a paragraph rewritten 0.5, "2 min" made "3 min" 0.5. So 0.5 (inclusive) keeps
 * every unrelated pair out with a margin and every edit that keeps half its words in. A
 * translation is not an edit: the demo's French and English paragraphs score 0.47 and below,
 * except one byline made of names ("Christophe Jaffrelot, research director at CERI Sc-Po",
 * 0.59), which is then paired as edited, i.e. sent back to review, which is what it needs.
 */
export const EDITED_MIN_SIMILARITY = 0.5;

/**
 * Least similarity for a paragraph that also changed place (paired across the unchanged
 * paragraphs around it) to be the same paragraph edited. Stricter than EDITED_MIN_SIMILARITY:
 * nothing in its position supports the pairing, so the words alone must: 0.7 is a sentence of
 * three cut, or a corrected figure, but not a half-rewritten paragraph.
 */
export const MOVED_EDITED_MIN_SIMILARITY = 0.7;

/**
 * Least share of each part of a split (or of a merge) found in the paragraph it came from, so that
 * an unrelated paragraph inserted right after an edited one is not swallowed into a "split".
 */
export const PART_MIN_CONTAINMENT = 0.5;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Interns the words of paragraphs as numbers, one vocabulary per comparison, so that similarity is
 * a merge of two sorted integer arrays.
 */
export class WordIndex {
  private readonly ids = new Map<string, number>();

  /** The words of a (normalised) paragraph, case-folded, as sorted ids; repeats kept. */
  words(text: string): Int32Array {
    const found = text.toLowerCase().match(WORD) ?? [];
    const ids = new Int32Array(found.length);
    found.forEach((word, k) => {
      let id = this.ids.get(word);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(word, id);
      }
      ids[k] = id;
    });
    return ids.sort();
  }
}

/** How many words two sorted multisets share (each repeat counted as often as both have it). */
export function sharedWords(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (a[i] < b[j]) i += 1;
    else j += 1;
  }
  return shared;
}

/** The words of consecutive paragraphs together, for a split or a merge. */
export function joinWords(parts: readonly Int32Array[]): Int32Array {
  if (parts.length === 1) return parts[0];
  const joined = new Int32Array(parts.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined.sort();
}

/** Dice's coefficient of two word multisets, 0 to 1; 0 when neither has a word (",", "—"). */
export function wordSimilarity(a: Int32Array, b: Int32Array): number {
  const total = a.length + b.length;
  return total === 0 ? 0 : (2 * sharedWords(a, b)) / total;
}

/**
 * The most Dice's coefficient can be for multisets of these sizes, to skip pairs whose lengths
 * already rule them out (a paragraph three times longer than the other stays under 0.5).
 */
export function similarityBound(sizeA: number, sizeB: number): number {
  const total = sizeA + sizeB;
  return total === 0 ? 0 : (2 * Math.min(sizeA, sizeB)) / total;
}
