import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkDocument } from "./engine";
import { STARTER_GLOSSARY } from "./starter-glossary";
import type { CheckedSegment, Finding } from "./types";

// The fixed corpus (the demo article, the demo article with typical slips, and the pairs written
// in the checks' unit tests, into English and five other languages) and the findings the checks
// gave on it before their performance work (decision 026), both written by
// scripts/benchmarks/check-corpus.ts from the code of that time: the faster checks must find
// exactly the same things, in the same order, with the same parameters and fixes.
const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => JSON.parse(readFileSync(path.join(root, "tests/fixtures", file), "utf8"));
const { documents } = read("check-corpus.json") as { documents: { name: string; sourceLang: string; targetLang: string; segments: CheckedSegment[] }[] };
const { findings: before } = read("check-corpus.findings.json") as { findings: Finding[][][] };

describe("quality checks on a fixed corpus give the findings they gave before their performance work", () => {
  it("covers every check with findings", () => {
    const found = new Set(before.flat(2).map((finding) => finding.checkId));
    expect([...found].sort()).toEqual(
      ["boilerplate", "bracket-mismatch", "double-space", "empty-target", "false-friend", "gender-leak", "glossary", "inconsistent-spelling", "leading-trailing-space", "length-ratio", "locale-typography", "missing-content", "number-mismatch", "punctuation-end", "source-typography", "untranslated", "untranslated-fragment"],
    );
  });

  it.each(documents.map((document, index) => [document.name, index] as const))("%s", (_name, index) => {
    const document = documents[index];
    const now = checkDocument(document.segments, { glossary: STARTER_GLOSSARY, sourceLang: document.sourceLang, targetLang: document.targetLang });
    expect(now).toEqual(before[index]);
  });
});
