// Benchmark of the source update (prints figures; not a test): a generated French article of
// 2,000 paragraphs and a new version of it with 5% of its paragraphs changed (figures corrected,
// sentences added and cut, paragraphs inserted and removed, one moved, one split, two merged).
//
// Phase "compare": compareSources on the two versions, the first (cold) run and the median of
// the next ones, wall time and CPU time (process.cpuUsage, user + system, which GC threads can
// push above wall time), and whether it found exactly the changes made. The like-for-like
// reference, measured in the same run on the same input: one plain alignParagraphs() of the two
// versions with the import's aligner, and the ratio of the two.
//
// Phase "worst cases": the English given instead, every paragraph edited, the order reversed.
//
// More phases (applying the update to a database) are added to PHASES; each gets the same
// generated versions.
//
//   npm run bench:source-update
//   BENCH_PARAGRAPHS=5000 BENCH_CHANGED=0.2 npm run bench:source-update
import { alignParagraphs } from "@/domain/alignment/align";
import { compareSources } from "@/domain/source-update/compare-sources";
import { generateSourceVersions, type SourceVersions } from "@/tests/support/source-versions";
import { ms, percentile } from "./stats";

const PARAGRAPHS = Number(process.env.BENCH_PARAGRAPHS ?? 2000);
const CHANGED = Number(process.env.BENCH_CHANGED ?? 0.05);
const RUNS = Number(process.env.BENCH_RUNS ?? 10);

type Timing = { wall: number; cpu: number };

/** Wall and CPU time of one call, in milliseconds. */
function timeOnce(run: () => unknown): Timing {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  run();
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

const median = (list: Timing[]): Timing => ({ wall: percentile(list.map((t) => t.wall), 50), cpu: percentile(list.map((t) => t.cpu), 50) });
const show = (timing: Timing) => `${ms(timing.wall)} wall, ${ms(timing.cpu)} CPU`;

function compare(versions: SourceVersions) {
  let comparison = compareSources([], []);
  const compareFirst = timeOnce(() => (comparison = compareSources(versions.old, versions.new)));
  const alignFirst = timeOnce(() => alignParagraphs(versions.old, versions.new));
  const key = (link: { type: string; old: number[]; new: number[] }) => `${link.type} ${link.old.join("+")}>${link.new.join("+")}`;
  const found = new Set(comparison.links.filter((link) => link.type !== "unchanged").map(key));
  const expected = new Set(versions.changes.map(key));
  const missed = [...expected].filter((k) => !found.has(k));
  const extra = [...found].filter((k) => !expected.has(k));
  const counts = Object.entries(comparison.counts).map(([type, count]) => `${count} ${type}`).join(", ");
  console.log(`compare: ${counts}; matched ratio ${comparison.matchedRatio.toFixed(3)}`);
  console.log(`compare: ${expected.size} changes made, ${expected.size - missed.length} found exactly, ${missed.length} missed, ${extra.length} not made${missed.length + extra.length > 0 ? ` (missed: ${missed.slice(0, 5).join("; ")}; not made: ${extra.slice(0, 5).join("; ")})` : ""}`);

  // Alternate the two so that neither always runs on a busier machine.
  const runs: { compare: Timing[]; align: Timing[] } = { compare: [], align: [] };
  for (let run = 0; run < RUNS; run += 1) {
    runs.compare.push(timeOnce(() => compareSources(versions.old, versions.new)));
    if (run < 3) runs.align.push(timeOnce(() => alignParagraphs(versions.old, versions.new)));
  }
  const [compareMedian, alignMedian] = [median(runs.compare), median(runs.align)];
  console.log(`compare: compareSources first run ${show(compareFirst)}; median of ${RUNS} more ${show(compareMedian)}`);
  console.log(`compare: reference alignParagraphs first run ${show(alignFirst)}; median of 3 more ${show(alignMedian)}`);
  console.log(`compare: compareSources / alignParagraphs = ${(compareMedian.wall / alignMedian.wall).toFixed(3)} (wall, medians), ${(compareMedian.cpu / alignMedian.cpu).toFixed(3)} (CPU)`);
}

/**
 * The inputs that cost the comparison most, once each (first run): the English translation given
 * instead of the new French (no identical paragraph, so one stretch of 2,000 x 2,000 paired in a
 * band); every paragraph edited (typographic apostrophes throughout: the same, with pairs found);
 * the paragraphs in reverse order (all identical, none in order).
 */
function worstCases(versions: SourceVersions) {
  for (const [name, after] of [
    ["the English instead of the French", versions.oldTranslations],
    ["every apostrophe retyped", versions.old.map((text) => text.replaceAll("'", "’"))],
    ["the paragraphs in reverse order", versions.old.toReversed()],
  ] as const) {
    let counts = "";
    let ratio = 0;
    const timing = timeOnce(() => {
      const comparison = compareSources(versions.old, after);
      ratio = comparison.matchedRatio;
      counts = Object.entries(comparison.counts).flatMap(([type, count]) => (count > 0 ? [`${count} ${type}`] : [])).join(", ");
    });
    console.log(`worst case, ${name}: ${show(timing)}; ${counts}; matched ratio ${ratio.toFixed(3)}`);
  }
}

/** The phases, in order, each given the same versions. A database phase goes here. */
const PHASES: [name: string, run: (versions: SourceVersions) => void | Promise<void>][] = [
  ["compare", compare],
  ["worst cases", worstCases],
];

async function main() {
  const versions = generateSourceVersions(PARAGRAPHS, CHANGED);
  const characters = [...versions.old, ...versions.new].reduce((total, text) => total + text.length, 0);
  console.log(`source update: ${versions.old.length} old x ${versions.new.length} new paragraphs (${(characters / 1e6).toFixed(1)} M characters), ${versions.changes.length} changes made`);
  for (const [, run] of PHASES) await run(versions);
}

await main();
