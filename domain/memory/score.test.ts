import { describe, expect, it } from "vitest";
import { boundedLevenshtein, memoryScore } from "./score";
import { MEMORY_MIN_SCORE } from "./limits";

const SENTENCE = "Le porte-parole du Kremlin, Dmitri Peskov, a déclaré lundi que la rencontre aurait lieu à Moscou.";

describe("memoryScore", () => {
  it.each([
    ["the same text", SENTENCE, SENTENCE, 100],
    ["the same text with other white space", SENTENCE, `  ${SENTENCE.replace(" a déclaré", "\u00a0a  déclaré")}\n`, 100],
  ])("is 100 for %s", (_, a, b, expected) => {
    expect(memoryScore(a, b)).toBe(expected);
  });

  it("scores one word changed high, but below 100", () => {
    const score = memoryScore(SENTENCE, SENTENCE.replace("lundi", "mardi"));
    expect(score).toBeGreaterThanOrEqual(95);
    expect(score).toBeLessThan(100);
  });

  it("scores changed numbers as a near match, never as exact", () => {
    const a = "Le bilan s'élève à 12 morts et 45 blessés, selon la préfecture.";
    const b = "Le bilan s'élève à 17 morts et 60 blessés, selon la préfecture.";
    const score = memoryScore(a, b);
    expect(score).not.toBeNull();
    expect(score).toBeLessThan(100);
    expect(score).toBeGreaterThanOrEqual(90);
  });

  it("costs a punctuation or accent difference its characters, never 100", () => {
    expect(memoryScore(SENTENCE, SENTENCE.replace("Moscou.", "Moscou !"))).toBe(97);
    expect(memoryScore(SENTENCE, SENTENCE.slice(0, -1))).toBe(98);
    expect(memoryScore("selon l'Élysée", "selon l'Elysée")).toBe(92);
  });

  it("counts reordered clauses as edits: a swap of two halves falls below the threshold", () => {
    const a = "Selon l'Élysée, le président se rendra à Berlin jeudi.";
    const b = "Le président se rendra à Berlin jeudi, selon l'Élysée.";
    expect(memoryScore(a, b)).toBeNull();
    // A small move (two words swapped) stays a fuzzy match.
    const swapped = memoryScore(SENTENCE, SENTENCE.replace("a déclaré lundi", "lundi a déclaré"));
    expect(swapped).toBeGreaterThanOrEqual(MEMORY_MIN_SCORE);
    expect(swapped).toBeLessThan(100);
  });

  it("returns null below the threshold, and for unrelated texts", () => {
    expect(memoryScore(SENTENCE, "Le porte-parole de la Maison Blanche a démenti mardi toute rencontre.")).toBeNull();
    expect(memoryScore(SENTENCE, "Il pleut.")).toBeNull();
    expect(memoryScore("", "Il pleut.")).toBeNull();
  });

  it("is symmetric and honours a custom threshold", () => {
    const a = "Le gouvernement a annoncé mardi de nouvelles mesures.";
    const b = "Le gouvernement a présenté mardi des mesures nouvelles.";
    expect(memoryScore(a, b, 0)).toBe(memoryScore(b, a, 0));
    const loose = memoryScore(a, b, 0);
    expect(loose).not.toBeNull();
    expect(loose!).toBeLessThan(MEMORY_MIN_SCORE);
    expect(memoryScore(a, b)).toBeNull();
  });
});

describe("boundedLevenshtein", () => {
  it.each([
    ["kitten", "sitting", 5, 3],
    ["kitten", "sitting", 2, null],
    ["", "abc", 3, 3],
    ["abc", "", 2, null],
    ["flaw", "lawn", 2, 2],
    ["same", "same", 0, 0],
  ])("%s → %s within %i is %s", (a, b, max, expected) => {
    expect(boundedLevenshtein(a, b, max)).toBe(expected);
  });

  it("agrees with the full matrix on random strings", () => {
    const full = (a: string, b: string) => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
      for (let j = 1; j <= b.length; j += 1) d[0][j] = j;
      for (let i = 1; i <= a.length; i += 1)
        for (let j = 1; j <= b.length; j += 1) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      return d[a.length][b.length];
    };
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const word = () => Array.from({ length: Math.floor(random() * 12) }, () => "abc"[Math.floor(random() * 3)]).join("");
    for (let k = 0; k < 300; k += 1) {
      const [a, b] = [word(), word()];
      const max = Math.floor(random() * 8);
      const exact = full(a, b);
      expect(boundedLevenshtein(a, b, max)).toBe(exact <= max ? exact : null);
    }
  });
});
