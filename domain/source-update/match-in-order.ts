/**
 * Above this many cells (old x new paragraphs of one stretch), a stretch with no paragraph that
 * is unique on both sides is matched greedily rather than by the quadratic table: only hostile
 * or degenerate input (thousands of copies of a few lines) gets there, and it must stay fast.
 */
export const EXACT_TABLE_MAX_CELLS = 1_000_000;

type Stretch = [aFrom: number, aTo: number, bFrom: number, bTo: number];

/**
 * A common subsequence of two sequences of text ids: for each position of `a`, the position of `b`
 * it is matched with, or -1; the matches increase on both sides. These are the paragraphs that
 * stayed identical and in order. Patience diff: lines unique on both sides, in their longest
 * increasing order, split the problem; the stretches between them are trimmed of common ends and
 * solved the same way, and a stretch with no unique line (repeated furniture such as "Publicité")
 * by the longest common subsequence table, or greedily when too large. Near linear when few
 * paragraphs change.
 */
export function matchInOrder(a: ArrayLike<number>, b: ArrayLike<number>, alphabetSize: number): Int32Array {
  const partner = new Int32Array(a.length).fill(-1);
  const countA = new Int32Array(alphabetSize);
  const countB = new Int32Array(alphabetSize);
  const whereB = new Int32Array(alphabetSize);
  const stack: Stretch[] = [[0, a.length, 0, b.length]];
  while (stack.length > 0) {
    let [aFrom, aTo, bFrom, bTo] = stack.pop()!;
    while (aFrom < aTo && bFrom < bTo && a[aFrom] === b[bFrom]) partner[aFrom++] = bFrom++;
    while (aFrom < aTo && bFrom < bTo && a[aTo - 1] === b[bTo - 1]) partner[--aTo] = --bTo;
    if (aFrom === aTo || bFrom === bTo) continue;

    for (let i = aFrom; i < aTo; i += 1) countA[a[i]] += 1;
    for (let j = bFrom; j < bTo; j += 1) {
      countB[b[j]] += 1;
      whereB[b[j]] = j;
    }
    const unique: [number, number][] = [];
    for (let i = aFrom; i < aTo; i += 1) {
      if (countA[a[i]] === 1 && countB[a[i]] === 1) unique.push([i, whereB[a[i]]]);
    }
    for (let i = aFrom; i < aTo; i += 1) countA[a[i]] = 0;
    for (let j = bFrom; j < bTo; j += 1) countB[b[j]] = 0;

    const anchors = longestIncreasing(unique);
    if (anchors.length > 0) {
      let [i0, j0] = [aFrom, bFrom];
      for (const [i, j] of anchors) {
        partner[i] = j;
        stack.push([i0, i, j0, j]);
        [i0, j0] = [i + 1, j + 1];
      }
      stack.push([i0, aTo, j0, bTo]);
    } else {
      const pairs = (aTo - aFrom) * (bTo - bFrom) <= EXACT_TABLE_MAX_CELLS ? commonSubsequence(a, b, aFrom, aTo, bFrom, bTo) : greedyCommon(a, b, aFrom, aTo, bFrom, bTo);
      for (const [i, j] of pairs) partner[i] = j;
    }
  }
  return partner;
}

/** The longest run of pairs (sorted by i) whose j also increases: patience sorting, O(k log k). */
function longestIncreasing(pairs: [number, number][]): [number, number][] {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length);
  for (let k = 0; k < pairs.length; k += 1) {
    const j = pairs[k][1];
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (pairs[tails[middle]][1] < j) low = middle + 1;
      else high = middle;
    }
    previous[k] = low > 0 ? tails[low - 1] : -1;
    tails[low] = k;
  }
  const chain: [number, number][] = [];
  for (let k = tails.length > 0 ? tails[tails.length - 1] : -1; k >= 0; k = previous[k]) chain.push(pairs[k]);
  return chain.reverse();
}

/** The textbook longest common subsequence of one stretch, by its table of suffix lengths. */
function commonSubsequence(a: ArrayLike<number>, b: ArrayLike<number>, aFrom: number, aTo: number, bFrom: number, bTo: number): [number, number][] {
  const n = aTo - aFrom;
  const m = bTo - bFrom;
  const width = m + 1;
  // n x m <= EXACT_TABLE_MAX_CELLS, so the shorter side, and any length in the table, is < 65,536.
  const table = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      table[i * width + j] = a[aFrom + i] === b[bFrom + j] ? table[(i + 1) * width + j + 1] + 1 : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[aFrom + i] === b[bFrom + j]) {
      pairs.push([aFrom + i, bFrom + j]);
      i += 1;
      j += 1;
    } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) i += 1;
    else j += 1;
  }
  return pairs;
}

/** Each line of a, in order, takes the next copy of it in b: linear, not always the longest. */
function greedyCommon(a: ArrayLike<number>, b: ArrayLike<number>, aFrom: number, aTo: number, bFrom: number, bTo: number): [number, number][] {
  const positions = new Map<number, number[]>();
  for (let j = bTo - 1; j >= bFrom; j -= 1) {
    const list = positions.get(b[j]);
    if (list) list.push(j);
    else positions.set(b[j], [j]);
  }
  const pairs: [number, number][] = [];
  let cursor = bFrom;
  for (let i = aFrom; i < aTo; i += 1) {
    const list = positions.get(a[i]);
    if (!list) continue;
    // Lists hold positions in decreasing order: drop those already passed, take the next.
    while (list.length > 0 && list[list.length - 1] < cursor) list.pop();
    if (list.length === 0) continue;
    const j = list.pop()!;
    pairs.push([i, j]);
    cursor = j + 1;
  }
  return pairs;
}
