// Benchmark of the quality checks (prints figures; not a test). Two parts:
//
// 1. Against translate-toolkit's pofilter (Debian package translate-toolkit), like for like: the
//    SAME generated PO file is read by both, as whole processes started the way a user starts
//    them: `npm run --silent cli -- check <file.po> --format text` (every one of our checks; the
//    text format prints, like pofilter's output file, only the paragraphs with findings) against
//    `pofilter -t <test>... <file.po> <out.po>`, pofilter limited to the tests that have a
//    counterpart among our checks (printed). CPU seconds (user + system of the process and its
//    children, from the kernel's accounting of waited-for children) and wall time, median of 5
//    runs each, taken in turn, at 20,000 and 200,000 units. Target (issue 19): our throughput in
//    CPU seconds at least 10 times pofilter's at 200,000 units.
// 2. The English-prose accuracy checks' CPU time beside the others' in this process (decision 019).
//
//   npm run bench:checks                      (BENCH_SIZES=20000,200000 BENCH_RUNS=5 by default)
import { spawnSync } from "node:child_process";
import { mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CHECKS } from "@/domain/qa/engine";
import { STARTER_GLOSSARY } from "@/domain/qa/starter-glossary";
import type { Check, CheckContext, CheckedSegment } from "@/domain/qa/types";

const root = path.resolve(import.meta.dirname, "../..");
const SIZES = (process.env.BENCH_SIZES ?? "20000,200000").split(",").map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/**
 * pofilter's tests that have a counterpart here, with ours: empty-target (untranslated),
 * untranslated copies (unchanged), number-mismatch (numbers), double-space (doublespacing),
 * leading-trailing-space (startwhitespace, endwhitespace), punctuation-end (endpunc),
 * bracket-mismatch (brackets, doublequoting), length-ratio (long, short), source-typography
 * (puncspacing), missing-content (sentencecount). Ours run all of their checks besides.
 */
const POFILTER_TESTS = ["untranslated", "unchanged", "numbers", "doublespacing", "startwhitespace", "endwhitespace", "endpunc", "brackets", "doublequoting", "long", "short", "puncspacing", "sentencecount"];

/** The English-prose checks of issue 16 (decision 019), timed against all the others. */
const ACCURACY_CHECK_IDS = new Set(["false-friend", "untranslated-fragment", "missing-content", "gender-leak"]);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Kernel clock ticks per second (USER_HZ), for /proc's CPU times. */
const TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/** CPU seconds (user + system) of this process's waited-for children so far: fields cutime and cstime of /proc/self/stat. */
function childrenCpuSeconds(): number {
  const stat = readFileSync("/proc/self/stat", "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // After the command name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14 here.
  return (Number(fields[13]) + Number(fields[14])) / TICKS;
}

type Measure = { cpu: number; wall: number; status: number | null; stdout: string };

/** Runs a command to completion with its output to a file; its CPU seconds (with its children's) and wall seconds. */
function measure(command: string, args: string[], outFile: string): Measure {
  const out = openSync(outFile, "w");
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: ["ignore", out, "pipe"], encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const wall = (performance.now() - started) / 1000;
  const cpu = childrenCpuSeconds() - cpuBefore;
  closeSync(out);
  if (result.error) throw result.error;
  return { cpu, wall, status: result.status, stdout: result.stderr };
}

const PLACES = [["Moscou", "Moscow"], ["Pékin", "Beijing"], ["Londres", "London"], ["Genève", "Geneva"], ["New Delhi", "New Delhi"]];

/** A generated article as paragraph pairs; every 50th paragraph has a problem: a French spelling, a wrong number, a double space. */
function generate(paragraphs: number): CheckedSegment[] {
  return Array.from({ length: paragraphs }, (_, i) => {
    const [fr, en] = PLACES[i % PLACES.length];
    const count = (i * 13) % 997;
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

function writePo(file: string, segments: readonly CheckedSegment[]) {
  const header = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Language: en\\n"', ""];
  writeFileSync(file, [...header, ...segments.flatMap((s, i) => [`msgctxt "p${i}"`, `msgid ${poString(s.sourceText)}`, `msgstr ${poString(s.targetText)}`, ""])].join("\n"));
}

const seconds = (value: number) => `${value.toFixed(2)} s`;

function compareWithPofilter(dir: string) {
  console.log(`${spawnSync("pofilter", ["--version"], { encoding: "utf8" }).stdout.trim()}, limited to: -t ${POFILTER_TESTS.join(" -t ")}`);
  console.log(`ours: npm run --silent cli -- check <file.po> --format text (all ${CHECKS.length} checks); median of ${RUNS} runs each, in turn`);
  for (const size of SIZES) {
    const po = path.join(dir, `article-${size}.po`);
    writePo(po, generate(size));
    const ours: Measure[] = [];
    const theirs: Measure[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      ours.push(measure("npm", ["run", "--silent", "cli", "--", "check", po, "--format", "text"], path.join(dir, "ours.txt")));
      theirs.push(measure("pofilter", ["--progress=none", ...POFILTER_TESTS.flatMap((test) => ["-t", test]), po, path.join(dir, "out.po")], path.join(dir, "pofilter.txt")));
      // Each run as it ends, on standard error: a long run can be read while it goes on.
      const [a, b] = [ours[run], theirs[run]];
      process.stderr.write(`  run ${run + 1} at ${size}: ours ${seconds(a.cpu)} CPU, ${seconds(a.wall)} wall; pofilter ${seconds(b.cpu)} CPU, ${seconds(b.wall)} wall\n`);
    }
    // cli check exits 1 when it finds errors (the generated file has some); anything else is a failure.
    const failed = ours.find((m) => m.status !== 1) ?? theirs.find((m) => m.status !== 0);
    if (failed) throw new Error(`a run failed (exit ${failed.status}): ${failed.stdout.slice(0, 300)}`);
    const summary = readFileSync(path.join(dir, "ours.txt"), "utf8").trim().split("\n").at(-1);
    const flagged = (readFileSync(path.join(dir, "out.po"), "utf8").match(/^msgid /gm) ?? []).length - 1;
    const [oursCpu, oursWall, theirsCpu, theirsWall] = [median(ours.map((m) => m.cpu)), median(ours.map((m) => m.wall)), median(theirs.map((m) => m.cpu)), median(theirs.map((m) => m.wall))];
    console.log(`${size.toLocaleString("en")} units (${(readFileSync(po).length / 1024 / 1024).toFixed(1)} MiB PO):`);
    console.log(`  ours:     ${seconds(oursCpu)} CPU, ${seconds(oursWall)} wall = ${(size / oursCpu).toFixed(0)} units per CPU second  [${summary}]`);
    console.log(`  pofilter: ${seconds(theirsCpu)} CPU, ${seconds(theirsWall)} wall = ${(size / theirsCpu).toFixed(0)} units per CPU second  [${flagged} units flagged]`);
    console.log(`  ratio: ${(theirsCpu / oursCpu).toFixed(1)} times pofilter's throughput in CPU time, ${(theirsWall / oursWall).toFixed(1)} in wall time (target at least 10 in CPU time at 200,000)`);
    rmSync(po);
  }
}

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

/**
 * The accuracy checks' cost beside the rest, in CPU time in this one process, the two sets
 * timed in turn five times each over the same 20,000 paragraphs (median): target under 30 % more.
 */
function compareAccuracyChecks() {
  const segments = generate(20_000);
  const context = { glossary: STARTER_GLOSSARY, sourceLang: "fr", targetLang: "en" };
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
    `accuracy checks (${[...ACCURACY_CHECK_IDS].join(", ")}) on 20,000 paragraphs in this process: ${added.toFixed(0)} ms CPU beside ${old.toFixed(0)} ms for the ${others.length} other checks ` +
      `(median of 5, in turn) = ${((added / old) * 100).toFixed(0)} % more (target under 30 %)`,
  );
}

function main() {
  if (spawnSync("sh", ["-c", "command -v pofilter"]).status !== 0) {
    console.log("pofilter: not installed (apt-get install translate-toolkit) - no comparison");
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), "vav-bench-checks-"));
    try {
      compareWithPofilter(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  compareAccuracyChecks();
}

main();
