// Writes the fixed corpus of the quality checks' regression test (tests/fixtures/check-corpus.json)
// and, with --findings, the findings the checks give on it (tests/fixtures/check-corpus.findings.json).
// The findings file was written by the checks as they were BEFORE the performance work of issue 19
// (decision 026) and is committed: domain/qa/check-corpus.test.ts proves the optimised checks
// give exactly the same findings. Regenerate the findings only for a deliberate change of a check.
//
//   node --import tsx scripts/benchmarks/check-corpus.ts [--corpus] [--findings]
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { proposeRows } from "@/domain/alignment/proposal";
import { splitParagraphs } from "@/domain/segmentation/split-paragraphs";
import { initialSegmentState } from "@/domain/workflow/initial-state";
import { checkDocument } from "@/domain/qa/engine";
import { STARTER_GLOSSARY } from "@/domain/qa/starter-glossary";
import type { CheckedSegment } from "@/domain/qa/types";

const root = path.resolve(import.meta.dirname, "../..");
export const CORPUS_FILE = path.join(root, "tests/fixtures/check-corpus.json");
export const FINDINGS_FILE = path.join(root, "tests/fixtures/check-corpus.findings.json");

export type CorpusDocument = { name: string; sourceLang: string; targetLang: string; segments: CheckedSegment[] };

/** Pairs of string literals written in the checks' unit tests ("French", "English"). */
function testPairs(): [string, string][] {
  const pairs: [string, string][] = [];
  const dir = path.join(root, "domain/qa");
  const literal = String.raw`"(?:[^"\\\n]|\\.)*"`;
  const pattern = new RegExp(`(${literal})\\s*,\\s*(${literal})`, "g");
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".test.ts")).sort()) {
    const text = readFileSync(path.join(dir, file), "utf8");
    for (const match of text.matchAll(pattern)) {
      try {
        pairs.push([JSON.parse(match[1]) as string, JSON.parse(match[2]) as string]);
      } catch {
        // Not a JSON-compatible literal: left out.
      }
    }
  }
  return pairs;
}

/** Deterministic variations of a correct pair, each the kind of slip a check is for. */
function mutations(source: string, target: string, i: number): string[] {
  return [
    target,
    target.replace(" ", "  "),
    ` ${target}`,
    target.replace(/\d+/, (n) => String(Number(n) + 1)),
    target.replace(/[.!?]$/, ""),
    target.replace("Moscow", "Moscou").replace("Putin", "Poutine").replace("Beijing", "Pékin"),
    target.replace(/“/g, "« ").replace(/”/g, " »"),
    target.replace(/\bit\b/, "she").replace(/\bits\b/, "her"),
    source,
    "",
    target.slice(0, Math.max(1, Math.floor(target.length / 2))),
    `${target} (see`,
    target.replace(/(\d)\.(\d)/, "$1,$2"),
    i % 2 === 0 ? target.replace(/,/, " : ") : target.replace(/ /, " actually "),
  ];
}

export function buildCorpus(): CorpusDocument[] {
  const read = (file: string) => splitParagraphs(readFileSync(path.join(root, file), "utf8"));
  const rows = proposeRows(read("prisma/seed/article.fr.txt"), read("prisma/seed/article.en.txt"));
  const seed = rows.map((row) => ({ kind: row.kind, sourceText: row.sourceText, targetText: row.targetText, state: initialSegmentState(row, { canReview: true }) }));
  const mutated: CheckedSegment[] = [];
  seed.forEach((row, i) => {
    if (row.state === "EXCLUDED") return;
    for (const target of mutations(row.sourceText, row.targetText, i)) mutated.push({ ...row, state: "TRANSLATED", targetText: target });
  });
  const fromTests: CheckedSegment[] = testPairs().map(([sourceText, targetText]) => ({ kind: "BODY", state: "TRANSLATED", sourceText, targetText }));
  const documents: CorpusDocument[] = [
    { name: "seed article", sourceLang: "fr", targetLang: "en", segments: seed },
    { name: "seed article with slips", sourceLang: "fr", targetLang: "en", segments: mutated },
    { name: "pairs of the checks' tests", sourceLang: "fr", targetLang: "en", segments: fromTests },
  ];
  for (const lang of ["es", "de", "pt-BR", "fr", "ja"]) documents.push({ name: `pairs of the checks' tests into ${lang}`, sourceLang: "fr", targetLang: lang, segments: fromTests });
  return documents;
}

export function corpusFindings(documents: readonly CorpusDocument[]) {
  return documents.map((document) => checkDocument(document.segments, { glossary: STARTER_GLOSSARY, sourceLang: document.sourceLang, targetLang: document.targetLang }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  if (process.argv.includes("--corpus")) writeFileSync(CORPUS_FILE, `${JSON.stringify({ "//": "Fixed corpus of the quality checks' regression test; written by scripts/benchmarks/check-corpus.ts.", documents: buildCorpus() }, null, 1)}\n`);
  if (process.argv.includes("--findings")) {
    const { documents } = JSON.parse(readFileSync(CORPUS_FILE, "utf8")) as { documents: CorpusDocument[] };
    writeFileSync(FINDINGS_FILE, `${JSON.stringify({ "//": "Findings of the checks on check-corpus.json, written by the checks before the performance work of decision 026.", findings: corpusFindings(documents) })}\n`);
  }
}
