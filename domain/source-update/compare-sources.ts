import { describePairings } from "./describe-pairings";
import { matchInOrder } from "./match-in-order";
import { prepareVersions, type Versions } from "./prepare-versions";
import { EDITED_MIN_SIMILARITY, MOVED_EDITED_MIN_SIMILARITY, PART_MIN_CONTAINMENT, joinWords, sharedWords, similarityBound, wordSimilarity } from "./similarity";
import type { SourceComparison, SourcePairing } from "./types";

/** Most paragraphs one side of a split or a merge may have. */
export const MAX_SPLIT_PARTS = 4;
/** A stretch between identical paragraphs up to this many cells (old x new) is paired exhaustively. */
export const GAP_FULL_TABLE_CELLS = 250_000;
/**
 * Beyond GAP_FULL_TABLE_CELLS, how far from proportional positions a pairing may stray, on top of
 * the difference in paragraph counts (capped): the existing aligner's band, for the same reason.
 */
export const GAP_BAND_MARGIN = 40;
export const MAX_GAP_BAND_WIDENING = 400;
/**
 * Most (removed x inserted) pairs searched for an edited paragraph that also moved. Beyond it the
 * versions share too little for such a search to make sense, and it would cost seconds.
 */
export const MOVED_EDITED_MAX_PAIRS = 250_000;

/**
 * Compares two versions of a source article paragraph by paragraph, to carry translations over:
 * 1. identical paragraphs (whitespace aside) in order, by a patience diff of their texts: unchanged;
 * 2. identical paragraphs out of that order: moved;
 * 3. between two unchanged paragraphs, what is left is paired by word similarity: one to one
 *    (edited), one to several consecutive (split), several consecutive to one (merged), each only
 *    above EDITED_MIN_SIMILARITY, so that a different text is removed and inserted, never "edited";
 * 4. what is still left is searched across the whole article for an edited paragraph that also
 *    moved (above MOVED_EDITED_MIN_SIMILARITY);
 * 5. the rest is removed or inserted.
 * Near linear when few paragraphs change; bounded (banded) when everything does.
 */
export function compareSources(oldParagraphs: readonly string[], newParagraphs: readonly string[]): SourceComparison {
  const versions = prepareVersions(oldParagraphs, newParagraphs);
  const oldUsed = new Uint8Array(versions.oldCount);
  const newUsed = new Uint8Array(versions.newCount);
  const pairings: SourcePairing[] = [];
  const pair = (olds: number[], news: number[]) => {
    olds.forEach((i) => (oldUsed[i] = 1));
    news.forEach((j) => (newUsed[j] = 1));
    pairings.push({ old: olds, new: news });
  };

  const partner = matchInOrder(versions.oldKeys, versions.newKeys, versions.keyCount);
  const anchors: [number, number][] = [];
  partner.forEach((j, i) => {
    if (j < 0) return;
    anchors.push([i, j]);
    pair([i], [j]);
  });

  // Identical texts left on both sides: the same paragraph at another place, first copy to first copy.
  const waiting = new Map<number, number[]>();
  for (let i = versions.oldCount - 1; i >= 0; i -= 1) {
    if (oldUsed[i]) continue;
    const key = versions.oldKeys[i];
    const list = waiting.get(key);
    if (list) list.push(i);
    else waiting.set(key, [i]);
  }
  for (let j = 0; j < versions.newCount; j += 1) {
    if (newUsed[j]) continue;
    const i = waiting.get(versions.newKeys[j])?.pop();
    if (i !== undefined) pair([i], [j]);
  }

  const unused = (used: Uint8Array, from: number, to: number) => {
    const list: number[] = [];
    for (let k = from; k < to; k += 1) if (!used[k]) list.push(k);
    return list;
  };
  let [oldFrom, newFrom] = [0, 0];
  anchors.push([versions.oldCount, versions.newCount]);
  for (const [i, j] of anchors) {
    // Most unchanged paragraphs follow one another: nothing between them to pair.
    if (i > oldFrom && j > newFrom) {
      for (const [olds, news] of pairGap(versions, unused(oldUsed, oldFrom, i), unused(newUsed, newFrom, j))) pair(olds, news);
    }
    [oldFrom, newFrom] = [i + 1, j + 1];
  }

  for (const [i, j] of pairAcross(versions, unused(oldUsed, 0, versions.oldCount), unused(newUsed, 0, versions.newCount))) pair([i], [j]);

  for (const i of unused(oldUsed, 0, versions.oldCount)) pairings.push({ old: [i], new: [] });
  for (const j of unused(newUsed, 0, versions.newCount)) pairings.push({ old: [], new: [j] });
  return describePairings(versions, pairings);
}

/** The links the programme may use, as (old paragraphs, new paragraphs): 1-0, 0-1, 1-1, splits, merges. */
const STEP_OLD = Int8Array.from([1, 0, 1, ...Array.from({ length: MAX_SPLIT_PARTS - 1 }, () => 1), ...Array.from({ length: MAX_SPLIT_PARTS - 1 }, (_, k) => k + 2)]);
const STEP_NEW = Int8Array.from([0, 1, 1, ...Array.from({ length: MAX_SPLIT_PARTS - 1 }, (_, k) => k + 2), ...Array.from({ length: MAX_SPLIT_PARTS - 1 }, () => 1)]);
/** Breaks ties towards pairing: a link exactly at the threshold beats a removal and an insertion. */
const PAIRING_BONUS = 1e-6;

/** One side of a stretch: its paragraphs' words, their running total, and joined runs of them. */
class GapSide {
  readonly words: Int32Array[];
  readonly total: Float64Array;
  private readonly joined: (Int32Array | undefined)[][];

  constructor(
    readonly indexes: number[],
    wordsOf: (index: number) => Int32Array,
  ) {
    this.words = indexes.map(wordsOf);
    this.total = new Float64Array(indexes.length + 1);
    this.words.forEach((list, k) => (this.total[k + 1] = this.total[k] + list.length));
    this.joined = Array.from({ length: MAX_SPLIT_PARTS + 1 }, () => new Array(indexes.length + 1));
  }

  /** Words of the `count` paragraphs ending before `end`. */
  run(end: number, count: number): Int32Array {
    if (count === 1) return this.words[end - 1];
    return (this.joined[count][end] ??= joinWords(this.words.slice(end - count, end)));
  }

  /** Whether the `count` paragraphs ending before `end` are consecutive in the article. */
  isConsecutive(end: number, count: number): boolean {
    return this.indexes[end - 1] - this.indexes[end - count] === count - 1;
  }

  /** Whether each of the `count` paragraphs ending before `end` mostly comes from `whole`. */
  isContainedIn(end: number, count: number, whole: Int32Array): boolean {
    for (let k = end - count; k < end; k += 1) {
      const part = this.words[k];
      if (part.length === 0 || sharedWords(part, whole) < PART_MIN_CONTAINMENT * part.length) return false;
    }
    return true;
  }
}

/**
 * Pairs the paragraphs left between two unchanged ones, in order, by a dynamic programme over the
 * two lists. A link scores (similarity - EDITED_MIN_SIMILARITY) x its words, i.e. twice its shared
 * words less the threshold times all its words: it must be above the threshold to count, and a
 * split or merge beats an edit only when the extra part brings more shared words than it dilutes.
 * Exhaustive for small stretches, banded for large ones.
 */
function pairGap(versions: Versions, olds: number[], news: number[]): [number[], number[]][] {
  const p = olds.length;
  const q = news.length;
  if (p === 0 || q === 0) return [];
  if (p === 1 && q === 1) {
    // The commonest stretch, one paragraph edited, without the programme: the same answer, cheaper.
    const [a, b] = [versions.oldWords(olds[0]), versions.newWords(news[0])];
    const size = a.length + b.length;
    const isSame = a.length > 0 && b.length > 0 && 2 * sharedWords(a, b) - EDITED_MIN_SIMILARITY * size + PAIRING_BONUS > 0;
    return isSame ? [[olds, news]] : [];
  }
  const A = new GapSide(olds, versions.oldWords);
  const B = new GapSide(news, versions.newWords);
  const band = gapBand(p, q);
  const { first, count, offset } = band;
  const score = new Float64Array(band.cells).fill(Number.NEGATIVE_INFINITY);
  const step = new Uint8Array(band.cells);
  /** Words shared by old paragraph a - 1 and new paragraph b - 1, computed once, -1 until then. */
  const sharedOne = new Float64Array(band.cells).fill(-1);
  const sharedAt = (a: number, b: number): number => {
    const column = b - first[a];
    if (column < 0 || column >= count[a]) return Number.POSITIVE_INFINITY;
    const here = offset[a] + column;
    if (sharedOne[here] < 0) sharedOne[here] = sharedWords(A.words[a - 1], B.words[b - 1]);
    return sharedOne[here];
  };
  score[0] = 0;
  for (let a = 0; a <= p; a += 1) {
    for (let b = first[a]; b < first[a] + count[a]; b += 1) {
      if (a === 0 && b === 0) continue;
      let best = Number.NEGATIVE_INFINITY;
      let bestStep = 0;
      for (let s = 0; s < STEP_OLD.length; s += 1) {
        const da = STEP_OLD[s];
        const db = STEP_NEW[s];
        if (a < da || b < db) continue;
        const column = b - db - first[a - da];
        if (column < 0 || column >= count[a - da]) continue;
        const previous = score[offset[a - da] + column];
        if (previous === Number.NEGATIVE_INFINITY) continue;
        if (da === 0 || db === 0) {
          if (previous > best) {
            best = previous;
            bestStep = s;
          }
          continue;
        }
        const sizeA = A.total[a] - A.total[a - da];
        const sizeB = B.total[b] - B.total[b - db];
        // Paragraphs without a word (",", "—") cannot show they are the same text.
        if (sizeA === 0 || sizeB === 0) continue;
        // The most words the link can share: all of the smaller side, and no more than its
        // paragraphs share one to one (exact for an edit, a bound for a split or a merge).
        let bound = Math.min(sizeA, sizeB);
        if (bound * 2 - EDITED_MIN_SIMILARITY * (sizeA + sizeB) + PAIRING_BONUS <= 0) continue;
        let pairwise = 0;
        for (let t = 0; t < Math.max(da, db); t += 1) pairwise += da > 1 ? sharedAt(a - t, b) : sharedAt(a, b - t);
        bound = Math.min(bound, pairwise);
        const ceiling = 2 * bound - EDITED_MIN_SIMILARITY * (sizeA + sizeB) + PAIRING_BONUS;
        if (ceiling <= 0 || previous + ceiling <= best) continue;
        let link = ceiling;
        if (da > 1 || db > 1) {
          if ((da > 1 && !A.isConsecutive(a, da)) || (db > 1 && !B.isConsecutive(b, db))) continue;
          const wordsA = A.run(a, da);
          const wordsB = B.run(b, db);
          link = 2 * sharedWords(wordsA, wordsB) - EDITED_MIN_SIMILARITY * (sizeA + sizeB) + PAIRING_BONUS;
          if (link <= 0 || previous + link <= best) continue;
          if ((da > 1 && !A.isContainedIn(a, da, wordsB)) || (db > 1 && !B.isContainedIn(b, db, wordsA))) continue;
        }
        best = previous + link;
        bestStep = s;
      }
      const here = offset[a] + b - first[a];
      score[here] = best;
      step[here] = bestStep;
    }
  }

  const links: [number[], number[]][] = [];
  for (let a = p, b = q; a > 0 || b > 0; ) {
    const s = step[offset[a] + b - first[a]];
    const [da, db] = [STEP_OLD[s], STEP_NEW[s]];
    if (da > 0 && db > 0) links.push([olds.slice(a - da, a), news.slice(b - db, b)]);
    a -= da;
    b -= db;
  }
  return links.reverse();
}

type Band = { first: Int32Array; count: Int32Array; offset: Int32Array; cells: number };

/** The cells of the programme: every cell for a small stretch, a band around the diagonal otherwise. */
function gapBand(p: number, q: number): Band {
  const full = p * q <= GAP_FULL_TABLE_CELLS;
  // The band must be wider than the slope, or a row could not reach the next one.
  const margin = full ? q : Math.max(GAP_BAND_MARGIN + Math.min(Math.abs(p - q), MAX_GAP_BAND_WIDENING), Math.ceil(q / p) + MAX_SPLIT_PARTS);
  const first = new Int32Array(p + 1);
  const count = new Int32Array(p + 1);
  const offset = new Int32Array(p + 1);
  let cells = 0;
  for (let a = 0; a <= p; a += 1) {
    const centre = full ? 0 : Math.round((a * q) / p);
    first[a] = Math.max(0, centre - margin);
    count[a] = Math.min(q, centre + margin) - first[a] + 1;
    offset[a] = cells;
    cells += count[a];
  }
  return { first, count, offset, cells };
}

/**
 * Pairs a removed paragraph with an inserted one elsewhere when they are the same paragraph, edited
 * and moved: most similar pairs first, each paragraph once.
 */
function pairAcross(versions: Versions, olds: number[], news: number[]): [number, number][] {
  if (olds.length === 0 || news.length === 0 || olds.length * news.length > MOVED_EDITED_MAX_PAIRS) return [];
  const candidates: [similarity: number, i: number, j: number][] = [];
  for (const i of olds) {
    const a = versions.oldWords(i);
    for (const j of news) {
      const b = versions.newWords(j);
      if (similarityBound(a.length, b.length) < MOVED_EDITED_MIN_SIMILARITY) continue;
      const similarity = wordSimilarity(a, b);
      if (similarity >= MOVED_EDITED_MIN_SIMILARITY) candidates.push([similarity, i, j]);
    }
  }
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const [oldTaken, newTaken] = [new Set<number>(), new Set<number>()];
  const pairs: [number, number][] = [];
  for (const [, i, j] of candidates) {
    if (oldTaken.has(i) || newTaken.has(j)) continue;
    oldTaken.add(i);
    newTaken.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}
