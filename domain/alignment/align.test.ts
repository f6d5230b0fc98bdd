import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../segmentation/split-paragraphs";
import { ALIGNMENT_BAND_MARGIN, MAX_ALIGNMENT_BAND_WIDENING, alignParagraphs, alignmentCells, type Link } from "./align";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => splitParagraphs(readFileSync(path.join(root, "prisma/seed", file), "utf8")).map((p) => p.text);
const FR = read("article.fr.txt");
const EN = read("article.en.txt");

const pairs = (links: Link[]) => links.map((link) => [link.source, link.target]);
const identity = (count: number) => Array.from({ length: count }, (_, i) => [[i], [i]]);

/** The expected links when the English paragraph at `k` is missing. */
function withMissing(k: number) {
  return [...identity(k), [[k], []], ...identity(FR.length - k - 1).map(([s, t]) => [[s[0] + k + 1], [t[0] + k]])];
}

describe("alignParagraphs on the demo article", () => {
  it("pairs the original article one to one", () => {
    expect(pairs(alignParagraphs(FR, EN))).toEqual(identity(FR.length));
  });

  it.each([
    ["at the start", 0],
    ["in the middle", 20],
    ["at the end", EN.length - 1],
  ])("keeps every later pair right when the English lacks a paragraph %s", (_where, k) => {
    const english = EN.filter((_, i) => i !== k);
    expect(pairs(alignParagraphs(FR, english))).toEqual(withMissing(k));
  });

  it.each([
    ["at the start", 0],
    ["in the middle", 21],
    ["at the end", EN.length],
  ])("finds an extra English paragraph %s", (_where, k) => {
    const extra = "The Kremlin also confirmed that the delegation will include twelve ministers and several business leaders.";
    const english = [...EN.slice(0, k), extra, ...EN.slice(k)];
    const expected = [...identity(k), [[], [k]], ...identity(FR.length - k).map(([s, t]) => [[s[0] + k], [t[0] + k + 1]])];
    expect(pairs(alignParagraphs(FR, english))).toEqual(expected);
  });

  it.each([
    ["at the start", 4],
    ["in the middle", 13],
    ["at the end", 29],
  ])("links two French paragraphs to one English paragraph that merges them, %s", (_where, k) => {
    const english = [...EN.slice(0, k), `${EN[k]} ${EN[k + 1]}`, ...EN.slice(k + 2)];
    const expected = [...identity(k), [[k, k + 1], [k]], ...identity(FR.length - k - 2).map(([s, t]) => [[s[0] + k + 2], [t[0] + k + 1]])];
    expect(pairs(alignParagraphs(FR, english))).toEqual(expected);
  });

  it.each([
    ["at the start", 4],
    ["in the middle", 19],
    ["at the end", 29],
  ])("links one French paragraph to two English paragraphs that split it, %s", (_where, k) => {
    const text = EN[k];
    const cut = text.indexOf(", ", Math.floor(text.length / 2) - 20) + 1 || Math.floor(text.length / 2);
    const english = [...EN.slice(0, k), text.slice(0, cut).trim(), text.slice(cut).trim(), ...EN.slice(k + 1)];
    const expected = [...identity(k), [[k], [k, k + 1]], ...identity(FR.length - k - 1).map(([s, t]) => [[s[0] + k + 1], [t[0] + k + 2]])];
    expect(pairs(alignParagraphs(FR, english))).toEqual(expected);
  });

  it("marks a paragraph without counterpart as doubtful and confident pairs as not", () => {
    const links = alignParagraphs(FR, EN.filter((_, i) => i !== 20));
    expect(links.find((link) => link.target.length === 0)?.confidence).toBeLessThan(0.5);
    const body = links.find((link) => link.source[0] === 29);
    expect(body?.confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe("alignParagraphs on long articles", () => {
  // Lowercase words of varying lengths: no anchors, so the test exercises the band, not the names.
  const paragraphs = (count: number, word: string) => Array.from({ length: count }, (_, i) => `${word} `.repeat(3 + ((i * 37) % 23)).trim());

  it.each([
    [5000, 5000],
    [5000, 4990],
    [4990, 5000],
    [300, 200],
    [5000, 2500],
    [2500, 5000],
  ])("stores only a band around the diagonal for %i x %i paragraphs", (n, m) => {
    const rowWidth = Math.min(m + 1, 2 * (ALIGNMENT_BAND_MARGIN + Math.min(Math.abs(n - m), MAX_ALIGNMENT_BAND_WIDENING)) + 1);
    expect(alignmentCells(n, m)).toBeLessThanOrEqual((n + 1) * rowWidth);
  });

  it("keeps lopsided sides (5,000 against 2,500) to a band too, far from the 12.5 million cells of their table", () => {
    expect(alignmentCells(5000, 2500)).toBeLessThanOrEqual(5001 * (2 * (ALIGNMENT_BAND_MARGIN + MAX_ALIGNMENT_BAND_WIDENING) + 1));
    expect(alignmentCells(5000, 2500)).toBeLessThan(5001 * 2501 / 2);
  });

  it("keeps 5,000 x 5,000 paragraphs to a band of cells, not the 25 million of the whole table", () => {
    expect(alignmentCells(5000, 5000)).toBeLessThan(5001 * (2 * ALIGNMENT_BAND_MARGIN + 1) + 1);
    expect(alignmentCells(5000, 5000)).toBeLessThan(5001 * 5001 / 50);
  });

  it("aligns 5,000 x 5,000 paragraphs one to one, and one missing paragraph shifts nothing else", () => {
    const source = paragraphs(5000, "mot");
    const target = paragraphs(5000, "word");
    expect(pairs(alignParagraphs(source, target))).toEqual(identity(5000));
    const shorter = target.filter((_, j) => j !== 2500);
    const links = alignParagraphs(source, shorter);
    expect(links).toHaveLength(5000);
    expect(links.filter((link) => link.target.length === 0).map((link) => link.source)).toEqual([[2500]]);
  }, 60_000);
});
