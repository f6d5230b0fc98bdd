// Benchmark of the quality checks (prints figures; not a test): every check over a generated
// 20,000-paragraph document, in paragraphs per second; and, when translate-toolkit's pofilter
// is installed (Debian package translate-toolkit), the same pairs as a PO file through pofilter,
// with both figures and their ratio. Target (issue 5): at least 10 times pofilter's throughput.
//
//   npm run bench:checks
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CHECKS, checkDocument } from "@/domain/qa/engine";
import { STARTER_GLOSSARY } from "@/domain/qa/starter-glossary";
import type { Check, CheckContext, CheckedSegment } from "@/domain/qa/types";

/** The English-prose checks of issue 16 (decision 019), timed against all the others. */
const ACCURACY_CHECK_IDS = new Set(["false-friend", "untranslated-fragment", "missing-content", "gender-leak"]);

/** This process's CPU time (user + system) for `work`, in milliseconds. */
function cpuMs(work: () => void): number {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

function runChecks(checks: readonly Check[], segments: readonly CheckedSegment[], context: CheckContext) {
  for (const check of checks) {
    if (check.scope === "segment") for (const segment of segments) check.check(segment, context);
    else check.check(segments, context);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The accuracy checks' cost beside the rest, in CPU time in this one process, the two sets
 * timed in turn five times each over the same paragraphs (median): target under 30 % more.
 */
function compareAccuracyChecks(segments: readonly CheckedSegment[], context: CheckContext) {
  const accuracy = CHECKS.filter((check) => ACCURACY_CHECK_IDS.has(check.id));
  const others = CHECKS.filter((check) => !ACCURACY_CHECK_IDS.has(check.id));
  const timesOthers: number[] = [];
  const timesAccuracy: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    timesOthers.push(cpuMs(() => runChecks(others, segments, context)));
    timesAccuracy.push(cpuMs(() => runChecks(accuracy, segments, context)));
  }
  const [old, added] = [median(timesOthers), median(timesAccuracy)];
  console.log(
    `accuracy checks (${[...ACCURACY_CHECK_IDS].join(", ")}): ${added.toFixed(0)} ms CPU beside ${old.toFixed(0)} ms for the ${others.length} other checks ` +
      `(median of 5, in turn) = ${((added / old) * 100).toFixed(0)} % more (target under 30 %)`,
  );
}

const PARAGRAPHS = Number(process.env.BENCH_PARAGRAPHS ?? 20_000);
const PLACES = [["Moscou", "Moscow"], ["Pékin", "Beijing"], ["Londres", "London"], ["Genève", "Geneva"], ["New Delhi", "New Delhi"]];

function generate(): CheckedSegment[] {
  return Array.from({ length: PARAGRAPHS }, (_, i) => {
    const [fr, en] = PLACES[i % PLACES.length];
    const count = (i * 13) % 997;
    // Every 50th paragraph has a problem: a French spelling, a wrong number, a double space.
    const slip = i % 50 === 0 ? fr : en;
    const number = i % 50 === 10 ? count + 1 : count;
    const spacing = i % 50 === 20 ? "  " : " ";
    return {
      kind: "BODY",
      state: "TRANSLATED",
      sourceText: `Paragraphe ${i} : à ${fr}, ${count} délégués ont signé pour 1,5 milliard d'euros « de contrats » le 6 décembre 2021.`,
      targetText: `Paragraph ${i}: in ${slip},${spacing}${number} delegates signed for 1.5 billion euros “of contracts” on December 6, 2021.`,
    };
  });
}

const poString = (text: string) => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

function main() {
  const segments = generate();
  const context = { glossary: STARTER_GLOSSARY, sourceLang: "fr", targetLang: "en" };
  // Three runs over the whole document; the median is reported (the first also warms the JIT up).
  const runs: number[] = [];
  let findings = checkDocument(segments, context);
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    findings = checkDocument(segments, context);
    runs.push((performance.now() - started) / 1000);
  }
  const seconds = runs.sort((a, b) => a - b)[1];
  const ours = PARAGRAPHS / seconds;
  console.log(`checks: ${PARAGRAPHS} paragraphs in ${seconds.toFixed(2)} s (median of ${runs.map((r) => r.toFixed(2)).join(", ")}) = ${ours.toFixed(0)} paragraphs/s (${findings.flat().length} findings)`);
  compareAccuracyChecks(segments, context);

  if (spawnSync("sh", ["-c", "command -v pofilter"]).status !== 0) {
    console.log("pofilter: not installed (apt-get install translate-toolkit) - no comparison");
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), "vav-pofilter-"));
  const po = path.join(dir, "article.po");
  writeFileSync(
    po,
    ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', "", ...segments.flatMap((s, i) => [`msgctxt "p${i}"`, `msgid ${poString(s.sourceText)}`, `msgstr ${poString(s.targetText)}`, ""])].join("\n"),
  );
  const poStarted = performance.now();
  const result = spawnSync("pofilter", ["-i", po, "-o", path.join(dir, "out.po")], { encoding: "utf8" });
  const poSeconds = (performance.now() - poStarted) / 1000;
  if (result.status !== 0) {
    console.log(`pofilter failed: ${result.stderr.slice(0, 200)}`);
    return;
  }
  const theirs = PARAGRAPHS / poSeconds;
  console.log(`pofilter: ${PARAGRAPHS} units in ${poSeconds.toFixed(2)} s = ${theirs.toFixed(0)} units/s`);
  console.log(`ratio: ${(ours / theirs).toFixed(1)} times pofilter's throughput (target at least 10)`);
}

main();
