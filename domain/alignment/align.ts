import { anchorAgreement, extractAnchors, mergeAnchors, type Anchors } from "./anchors";

/** One link of an alignment: which source paragraphs go with which target paragraphs. */
export type Link = { source: number[]; target: number[]; confidence: number };

export const DOUBTFUL_BELOW = 0.5;

/** Gale and Church's prior probabilities of each kind of link, as costs (-log p). */
const PRIOR = { "1-1": -Math.log(0.89), "1-0": -Math.log(0.0099), "0-1": -Math.log(0.0099), "2-1": -Math.log(0.089 / 2), "1-2": -Math.log(0.089 / 2) };
/** Variance of target length per source character (Gale and Church's estimate). */
const VARIANCE = 6.8;
/** Weight of anchor agreement against the length model, in the same -log units. */
const ANCHOR_WEIGHT = 4;
/**
 * Half-width of the band around the diagonal the dynamic programme explores, on top of the
 * difference in paragraph counts: how far the pairing may stray from proportional positions.
 */
export const ALIGNMENT_BAND_MARGIN = 40;
/**
 * The most the band widens for a difference in paragraph counts. The band already follows the
 * slope of the two sides; the widening lets a translation that stops early (its end missing)
 * stray from it. Capped so that lopsided sides (5,000 against 2,500) still store a band, not
 * nearly the whole table.
 */
export const MAX_ALIGNMENT_BAND_WIDENING = 400;

/** Standard normal cumulative distribution (Abramowitz and Stegun 26.2.17). */
function normalCdf(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const d = 0.3989423 * Math.exp((-z * z) / 2);
  const p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
  return z > 0 ? 1 - p : p;
}

/** Probability that a target of length `lt` translates a source of length `ls`, given the ratio. */
function lengthProbability(ls: number, lt: number, ratio: number): number {
  const mean = (ls + lt / ratio) / 2;
  if (mean === 0) return 1;
  const delta = (lt - ls * ratio) / Math.sqrt(Math.max(mean, 1) * VARIANCE);
  return Math.max(2 * (1 - normalCdf(Math.abs(delta))), 1e-12);
}

type Side = {
  lengths: number[];
  anchors: Anchors[];
  /** pairs[k]: the anchors of paragraphs k-1 and k together, for 2-1 and 1-2 links. */
  pairs: Anchors[];
  /** prefix[k]: total length of paragraphs 0..k-1. */
  prefix: Float64Array;
};

function side(paragraphs: readonly string[]): Side {
  const lengths = paragraphs.map((p) => p.length);
  const prefix = new Float64Array(lengths.length + 1);
  lengths.forEach((length, k) => (prefix[k + 1] = prefix[k] + length));
  const anchors = paragraphs.map(extractAnchors);
  const pairs = anchors.map((current, k) => (k === 0 ? current : mergeAnchors(anchors[k - 1], current)));
  return { lengths, anchors, pairs, prefix };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * The cells of the dynamic programme: for each source position i, the target positions
 * first[i]..first[i] + count[i] - 1 within the band around the diagonal. Only these are stored,
 * so memory grows with n x band, not with n x m.
 */
type Band = { first: Int32Array; count: Int32Array; offset: Int32Array; cells: number };

function bandOf(n: number, m: number): Band {
  const margin = ALIGNMENT_BAND_MARGIN + Math.min(Math.abs(n - m), MAX_ALIGNMENT_BAND_WIDENING);
  const first = new Int32Array(n + 1);
  const count = new Int32Array(n + 1);
  const offset = new Int32Array(n + 1);
  let cells = 0;
  for (let i = 0; i <= n; i += 1) {
    const centre = n === 0 ? 0 : Math.round((i * m) / n);
    first[i] = Math.max(0, centre - margin);
    count[i] = Math.min(m, centre + margin) - first[i] + 1;
    offset[i] = cells;
    cells += count[i];
  }
  return { first, count, offset, cells };
}

/** How many cells the aligner stores for n source and m target paragraphs (its memory, in cells). */
export const alignmentCells = (n: number, m: number): number => bandOf(n, m).cells;

/**
 * Aligns two lists of paragraphs by content, not position: Gale and Church's length-based
 * dynamic programme (links 1-1, 1-0, 0-1, 2-1, 1-2) combined with anchors that survive
 * translation. Every paragraph of both sides appears in exactly one link, in order.
 * Runs in a band around the diagonal, widened by the difference in paragraph counts, and stores
 * only that band, so long articles stay fast and small.
 */
export function alignParagraphs(sourceParagraphs: readonly string[], targetParagraphs: readonly string[]): Link[] {
  const n = sourceParagraphs.length;
  const m = targetParagraphs.length;
  if (n === 0 || m === 0) {
    return [...sourceParagraphs.map((_, i) => ({ source: [i], target: [], confidence: 0 })), ...targetParagraphs.map((_, j) => ({ source: [], target: [j], confidence: 0 }))];
  }
  const S = side(sourceParagraphs);
  const T = side(targetParagraphs);
  const ratio = Math.max(sum(T.lengths), 1) / Math.max(sum(S.lengths), 1);

  const band = bandOf(n, m);
  const cost = new Float64Array(band.cells).fill(Number.POSITIVE_INFINITY);
  const move = new Uint8Array(band.cells);
  /** Index of cell (i, j) in the band, or -1 outside it (a cell never reached). */
  const cell = (i: number, j: number): number => {
    const column = j - band.first[i];
    return column >= 0 && column < band.count[i] ? band.offset[i] + column : -1;
  };
  const MOVES: [di: number, dj: number, key: keyof typeof PRIOR][] = [
    [1, 1, "1-1"],
    [1, 0, "1-0"],
    [0, 1, "0-1"],
    [2, 1, "2-1"],
    [1, 2, "1-2"],
  ];

  const linkCost = (i: number, j: number, di: number, dj: number, key: keyof typeof PRIOR): number => {
    const ls = S.prefix[i] - S.prefix[i - di];
    const lt = T.prefix[j] - T.prefix[j - dj];
    let value = PRIOR[key];
    if (di > 0 && dj > 0) {
      value += -Math.log(lengthProbability(ls, lt, ratio));
      const agreement = anchorAgreement(di === 1 ? S.anchors[i - 1] : S.pairs[i - 1], dj === 1 ? T.anchors[j - 1] : T.pairs[j - 1]);
      if (agreement !== null) value += ANCHOR_WEIGHT * (0.5 - agreement);
    } else {
      // A paragraph without counterpart costs more the longer it is: long text rarely vanishes.
      value += Math.log1p((ls + lt) / 40);
    }
    return value;
  };

  cost[0] = 0;
  for (let i = 0; i <= n; i += 1) {
    const from = band.first[i];
    const to = from + band.count[i] - 1;
    for (let j = from; j <= to; j += 1) {
      if (i === 0 && j === 0) continue;
      let best = Number.POSITIVE_INFINITY;
      let bestMove = 0;
      for (let k = 0; k < MOVES.length; k += 1) {
        const [di, dj, key] = MOVES[k];
        if (i < di || j < dj) continue;
        const previousCell = cell(i - di, j - dj);
        if (previousCell < 0) continue;
        const previous = cost[previousCell];
        if (previous === Number.POSITIVE_INFINITY) continue;
        const candidate = previous + linkCost(i, j, di, dj, key);
        if (candidate < best) {
          best = candidate;
          bestMove = k;
        }
      }
      const here = cell(i, j);
      cost[here] = best;
      move[here] = bestMove;
    }
  }

  const links: Link[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const [di, dj, key] = MOVES[move[cell(i, j)]];
    const source = Array.from({ length: di }, (_, k) => i - di + k);
    const target = Array.from({ length: dj }, (_, k) => j - dj + k);
    links.push({ source, target, confidence: confidenceOf(S, T, source, target, ratio, key) });
    i -= di;
    j -= dj;
  }
  return links.reverse();
}

/** How sure we are of one link, 0 to 1; below DOUBTFUL_BELOW the user is asked to check it. */
function confidenceOf(S: Side, T: Side, source: number[], target: number[], ratio: number, key: keyof typeof PRIOR): number {
  if (source.length === 0 || target.length === 0) return 0.3;
  const length = lengthProbability(sum(source.map((i) => S.lengths[i])), sum(target.map((j) => T.lengths[j])), ratio);
  const agreement = anchorAgreement(mergeAnchors(...source.map((i) => S.anchors[i])), mergeAnchors(...target.map((j) => T.anchors[j])));
  const base = agreement === null ? 0.3 + 0.6 * length : 0.5 * length + 0.5 * agreement;
  return Math.round((key === "1-1" ? base : base * 0.8) * 100) / 100;
}
