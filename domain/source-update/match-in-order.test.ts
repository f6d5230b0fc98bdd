import { describe, expect, it } from "vitest";
import { EXACT_TABLE_MAX_CELLS, matchInOrder } from "./match-in-order";

const ids = (text: string) => [...text].map((c) => c.charCodeAt(0));
/** The matches as pairs [i, j]. */
const pairsOf = (partner: Int32Array) => [...partner].flatMap((j, i): [number, number][] => (j >= 0 ? [[i, j]] : []));
const match = (a: string, b: string) => pairsOf(matchInOrder(ids(a), ids(b), 128));
/** The kept characters of `a`, in order. */
const kept = (a: string, b: string) => match(a, b).map(([i]) => a[i]).join("");

/** Length of the longest common subsequence by the textbook table, to check against. */
function lcsLength(a: number[], b: number[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) for (let j = b.length - 1; j >= 0; j -= 1) table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  return table[0][0];
}

/** A small deterministic generator, so a failing case can be replayed. */
function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function expectValid(pairs: [number, number][], a: ArrayLike<number>, b: ArrayLike<number>) {
  pairs.forEach(([i, j], k) => {
    expect(a[i]).toBe(b[j]);
    if (k > 0) expect(i > pairs[k - 1][0] && j > pairs[k - 1][1]).toBe(true);
  });
}

describe("matchInOrder", () => {
  it.each([
    ["", "", ""],
    ["abc", "", ""],
    ["", "abc", ""],
    ["abcdef", "abcdef", "abcdef"],
    ["abcdef", "abXdef", "abdef"],
    ["abcdef", "bcdef", "bcdef"],
    ["abcdef", "abcdeYf", "abcdef"],
    ["abcdef", "dabcef", "abcef"],
    ["aPbPc", "aPbc", "aPbc"],
    ["PPPP", "PP", "PP"],
  ])("%j against %j keeps %j", (a, b, expected) => {
    expect(kept(a, b)).toBe(expected);
    expectValid(match(a, b), ids(a), ids(b));
  });

  it("finds the longest common subsequence when no text repeats", () => {
    const next = random(7);
    for (let run = 0; run < 200; run += 1) {
      const a = Array.from({ length: 30 }, (_, k) => k).sort(() => next() - 0.5).slice(0, 20 + Math.floor(next() * 10));
      const b = Array.from({ length: 30 }, (_, k) => k).sort(() => next() - 0.5).slice(0, 20 + Math.floor(next() * 10));
      const pairs = pairsOf(matchInOrder(a, b, 30));
      expectValid(pairs, a, b);
      expect(pairs.length).toBe(lcsLength(a, b));
    }
  });

  it("finds the longest common subsequence of few repeated texts with a few edits", () => {
    const next = random(11);
    for (let run = 0; run < 200; run += 1) {
      const a = Array.from({ length: 40 }, () => Math.floor(next() * 4));
      const b = a.filter(() => next() > 0.1).map((value) => (next() > 0.9 ? 4 : value));
      const pairs = pairsOf(matchInOrder(a, b, 5));
      expectValid(pairs, a, b);
      expect(pairs.length).toBe(lcsLength(a, b));
    }
  });

  it("stays valid and fast on thousands of copies of two lines, beyond the exact table", () => {
    const a = Array.from({ length: 3000 }, (_, k) => k % 2);
    const b = Array.from({ length: 3000 }, (_, k) => (k % 3 === 0 ? 1 : 0));
    expect(a.length * b.length).toBeGreaterThan(EXACT_TABLE_MAX_CELLS);
    const started = performance.now();
    const pairs = pairsOf(matchInOrder(a, b, 2));
    expect(performance.now() - started).toBeLessThan(1000);
    expectValid(pairs, a, b);
    expect(pairs.length).toBeGreaterThanOrEqual(2000);
  });
});
