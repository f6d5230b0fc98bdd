import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../segmentation/split-paragraphs";
import { alignToParagraphs } from "./align-to-paragraphs";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => splitParagraphs(readFileSync(path.join(root, "prisma/seed", file), "utf8")).map((p) => p.text);
const FR = read("article.fr.txt");
const EN = read("article.en.txt");
const texts = (french: string[], targets: string[]) => alignToParagraphs(french, targets).map((row) => row.targetText);

describe("alignToParagraphs", () => {
  it("gives each French paragraph its translation when they pair one to one", () => {
    const rows = alignToParagraphs(FR, EN);
    expect(rows.map((row) => row.targetText)).toEqual(EN);
    // Only the aligner's own doubt remains (short lines such as bylines), never a join.
    expect(rows.filter((row) => row.isDoubtful).every((row) => row.confidence < 0.5)).toBe(true);
  });

  it("always answers one row per French paragraph, whatever the translation's length", () => {
    expect(alignToParagraphs(FR, EN.slice(0, 5))).toHaveLength(FR.length);
    expect(alignToParagraphs(FR, [...EN, ...EN])).toHaveLength(FR.length);
    expect(alignToParagraphs(FR, [])).toHaveLength(FR.length);
    expect(alignToParagraphs([], EN)).toEqual([]);
  });

  it("leaves a French paragraph empty when the translation lacks it, and keeps the later pairs right", () => {
    const english = EN.filter((_, i) => i !== 20);
    const result = texts(FR, english);
    expect(result[20]).toBe("");
    expect(result.slice(21)).toEqual(EN.slice(21));
    expect(result.slice(0, 20)).toEqual(EN.slice(0, 20));
  });

  it("gives a translation that joins two French paragraphs to the first, the second stays empty and doubtful", () => {
    const joined = `${EN[10]} ${EN[11]}`;
    const english = [...EN.slice(0, 10), joined, ...EN.slice(12)];
    const rows = alignToParagraphs(FR, english);
    expect(rows[10].targetText).toBe(joined);
    expect(rows[11]).toMatchObject({ targetText: "", isDoubtful: true });
    expect(rows.slice(12).map((row) => row.targetText)).toEqual(EN.slice(12));
  });

  it("appends a translated paragraph without French to the previous paragraph's translation", () => {
    const extra = "The Kremlin also confirmed that the delegation will include twelve ministers and several business leaders.";
    const english = [...EN.slice(0, 21), extra, ...EN.slice(21)];
    const rows = alignToParagraphs(FR, english);
    expect(rows[20]).toMatchObject({ targetText: `${EN[20]}\n${extra}`, isDoubtful: true });
    expect(rows.slice(21).map((row) => row.targetText)).toEqual(EN.slice(21));
  });

  it("puts an extra paragraph before the first French one into the first paragraph", () => {
    const extra = "Editor's note: this article was updated on Tuesday with the Kremlin's confirmation of the visit.";
    const rows = alignToParagraphs(FR, [extra, ...EN]);
    expect(rows[0].targetText).toBe(`${extra}\n${EN[0]}`);
    expect(rows[0].isDoubtful).toBe(true);
    expect(rows.slice(1).map((row) => row.targetText)).toEqual(EN.slice(1));
  });
});
