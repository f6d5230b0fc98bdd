import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { proposeRows } from "../alignment/proposal";
import { splitParagraphs } from "../segmentation/split-paragraphs";
import { initialSegmentState } from "../workflow/initial-state";
import { checkDocument } from "./engine";
import { STARTER_GLOSSARY } from "./starter-glossary";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => splitParagraphs(readFileSync(path.join(root, file), "utf8"));

describe("quality checks on the demo article", () => {
  const rows = proposeRows(read("prisma/seed/article.fr.txt"), read("prisma/seed/article.en.txt"));
  const segments = rows.map((row) => ({ ...row, state: initialSegmentState(row, { canReview: true }) }));
  const findings = checkDocument(segments, { glossary: STARTER_GLOSSARY, sourceLang: "fr", targetLang: "en" });
  const expected = JSON.parse(readFileSync(path.join(root, "tests/fixtures/seed-findings.json"), "utf8")).findings as Record<string, { checkId: string; form?: string; fix?: string }[]>;

  it("flags exactly the expected problems: the Poutine tag with its fix, S 400 against S400, \"she\" for India, the Follow button stuck to the byline", () => {
    for (const [number, list] of Object.entries(expected)) {
      const actual = findings[Number(number) - 1];
      expect(actual.map((f) => f.checkId), `paragraph ${number}`).toEqual(list.map((f) => f.checkId));
      list.forEach((f, i) => {
        if (f.fix) expect(actual[i].fix).toBe(f.fix);
        if (f.form) expect(actual[i].params.form).toBe(f.form);
      });
    }
  });

  it("finds nothing in every other paragraph, clean body paragraphs included", () => {
    const unexpected = findings
      .map((list, index) => ({ paragraph: index + 1, checks: list.map((f) => `${f.checkId} ${JSON.stringify(f.params)}`) }))
      .filter(({ paragraph, checks }) => !(String(paragraph) in expected) && checks.length > 0);
    expect(unexpected).toEqual([]);
  });
});
