import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../segmentation/split-paragraphs";
import { normaliseSourceText } from "./normalise-text";
import { EDITED_MIN_SIMILARITY, MOVED_EDITED_MIN_SIMILARITY, WordIndex, joinWords, similarityBound, wordSimilarity } from "./similarity";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => splitParagraphs(readFileSync(path.join(root, "prisma/seed", file), "utf8")).map((p) => p.text);
const FR = read("article.fr.txt");
const EN = read("article.en.txt");

const index = new WordIndex();
const similarity = (a: string, b: string) => wordSimilarity(index.words(normaliseSourceText(a)), index.words(normaliseSourceText(b)));
const round = (value: number) => Math.round(value * 100) / 100;

describe("wordSimilarity", () => {
  it.each([
    ["a corrected figure", FR[16], FR[16].replace("50 %", "45 %"), 0.93],
    ["one sentence of three cut", "Il est arrivé lundi. Il est reparti mardi. Il est revenu jeudi.", "Il est arrivé lundi. Il est reparti mardi.", 0.8],
    ["half the words rewritten", "Moscou et New Delhi veulent préserver la relation", "Moscou et New Delhi signent des contrats militaires", 0.5],
    ["the reading time", "2 min", "3 min", 0.5],
    ["words in another order", "Inde et Russie", "Russie et Inde", 1],
    ["case and elision", "L'Inde", "l’inde", 1],
    ["no words on either side", ",", ";", 0],
  ])("%s", (_name, a, b, expected) => {
    expect(round(similarity(a, b))).toBe(expected);
  });

  it("keeps every two different paragraphs of the demo article below the edit threshold", () => {
    let highest = 0;
    for (let i = 0; i < FR.length; i += 1) for (let j = i + 1; j < FR.length; j += 1) highest = Math.max(highest, similarity(FR[i], FR[j]));
    expect(round(highest)).toBe(0.44);
    expect(highest).toBeLessThan(EDITED_MIN_SIMILARITY);
  });

  it("keeps translations below the edit threshold, but for bylines made of names", () => {
    const above = FR.flatMap((fr, i) => (fr !== EN[i] && similarity(fr, EN[i]) >= EDITED_MIN_SIMILARITY ? [EN[i]] : []));
    expect(above).toEqual(["Christophe Jaffrelot, research director at CERI Sc-Po"]);
    expect(similarity(FR[23], EN[23])).toBeLessThan(MOVED_EDITED_MIN_SIMILARITY);
  });

  it("compares runs of paragraphs joined, for splits and merges", () => {
    const [a, b] = ["Il est arrivé lundi.", "Il repart mardi."].map((text) => index.words(text));
    expect(wordSimilarity(joinWords([a, b]), index.words("Il est arrivé lundi. Il repart mardi."))).toBe(1);
  });

  it.each([
    [10, 10, 1],
    [10, 30, 0.5],
    [10, 40, 0.4],
    [0, 0, 0],
  ])("bounds the similarity of %i and %i words by %f", (a, b, bound) => {
    expect(similarityBound(a, b)).toBe(bound);
  });
});
