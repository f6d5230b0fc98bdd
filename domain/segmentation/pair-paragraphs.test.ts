import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pairParagraphsByPosition } from "./pair-paragraphs";

const root = path.resolve(__dirname, "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

describe("pairParagraphsByPosition", () => {
  it("pairs the demo article paragraph by paragraph with the expected kinds", () => {
    const result = pairParagraphsByPosition(read("prisma/seed/article.fr.txt"), read("prisma/seed/article.en.txt"));
    if (!result.ok) throw new Error(`pairing refused: ${result.reason}`);
    const expected = JSON.parse(read("tests/fixtures/seed-kinds.json")).kinds as string[];
    expect(result.pairs.map((pair) => pair.kind)).toEqual(expected);
    expect(result.pairs[0]).toMatchObject({
      sourceText: "Vladimir Poutine en Inde pour resserrer les liens et maintenir un équilibre",
      targetText: "Vladimir Putin in India to strengthen ties and maintain a balance",
    });
    expect(result.pairs.at(-2)).toMatchObject({ sourceText: "Vladimir Poutine", targetText: "Vladimir Poutine", kind: "TAG" });
  });

  it("refuses texts whose paragraph counts differ instead of misaligning them", () => {
    expect(pairParagraphsByPosition("un\n\ndeux", "one")).toMatchObject({
      ok: false,
      reason: "paragraph-count-mismatch",
      sourceCount: 2,
      targetCount: 1,
    });
  });

  it.each([
    ["", "one", "empty-source"],
    ["un", "  \n ", "empty-target"],
  ])("refuses %j / %j as %s", (source, target, reason) => {
    expect(pairParagraphsByPosition(source, target)).toMatchObject({ ok: false, reason });
  });
});
