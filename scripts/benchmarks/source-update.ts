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
// Phase "database": a scratch SQLite database (migrated), the old version created as a document
// with its English (createDocument), then the 5% update previewed and applied through the services
// (previewSourceUpdate, updateSource: reading and comparing in a worker, then one transaction).
// Timed: the whole service calls (wall), the in-process part of the update (compare + apply, wall
// and CPU), and the apply transaction alone; the reference in the same run is creating the same
// document (createDocument), which writes as many rows.
//
//   npm run bench:source-update
//   BENCH_PARAGRAPHS=5000 BENCH_CHANGED=0.2 npm run bench:source-update
import { alignParagraphs } from "@/domain/alignment/align";
import { compareSources } from "@/domain/source-update/compare-sources";
import { generateSourceVersions, type SourceVersions } from "@/tests/support/source-versions";
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
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

/** Wall and CPU time of one asynchronous call, in milliseconds. */
async function timeAsync<T>(run: () => Promise<T>): Promise<Timing & { value: T }> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const value = await run();
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall, cpu: (cpu.user + cpu.system) / 1000, value };
}

async function database(versions: SourceVersions) {
  const root = path.resolve(import.meta.dirname, "../..");
  const file = path.join(root, "tests", ".tmp", "bench-source-update.db");
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  process.env.DATABASE_URL = `file:${file}`;
  const migrated = spawnSync(process.execPath, ["--experimental-wasm-modules", "--disable-warning=ExperimentalWarning", "scripts/migrate.js", "deploy"], { cwd: root, env: process.env, encoding: "utf8" });
  if (migrated.status !== 0) throw new Error(migrated.stderr);

  const { db } = await import("@/server/db");
  const { createDocument } = await import("@/server/services/documents/create-document");
  const { previewSourceUpdate } = await import("@/server/services/sources/preview-source-update");
  const { updateSource, applySourceUpdate, refuseBadVersion } = await import("@/server/services/sources/update-source");
  const { loadCurrentParagraphs } = await import("@/server/services/sources/current-paragraphs");
  const { prepareSourceUpdate } = await import("@/domain/source-update/prepare-source-update");
  const user = await db.user.create({ data: { email: "bench@example.com", name: "Bench", role: "REVIEWER", passwordHash: "x" }, select: { id: true, email: true, name: true, uiLanguage: true } });
  const actor = { ...user, role: "REVIEWER" as const };
  const pairs = versions.old.map((sourceText, index) => ({ kind: index === 0 ? ("TITLE" as const) : ("BODY" as const), sourceText, targetText: versions.oldTranslations[index] ?? "" }));
  const source = { content: versions.new.join("\n\n"), encoding: "text" as const, format: "text" as const };
  const newBytes = new TextEncoder().encode(source.content);

  // Three documents: one for the services end to end, one for the in-process timing, one as reference.
  const created = await timeAsync(() => createDocument({ actor, input: { title: "Benchmark", pairs } }));
  const { id: inProcessId } = await createDocument({ actor, input: { title: "Benchmark", pairs } });
  const { id: serviceId } = created.value;

  const preview = await timeAsync(() => previewSourceUpdate({ actor, input: { documentId: serviceId, source } }));
  const links = preview.value.links.map((link) => ({ old: link.old, new: link.new }));
  const updated = await timeAsync(() => updateSource({ actor, input: { documentId: serviceId, source, links, baseRevision: 1 } }));

  // The same update without the worker (whose start under tsx compiles TypeScript; a built server runs a bundled chunk).
  let apply: Timing = { wall: 0, cpu: 0 };
  const inProcess = await timeAsync(async () => {
    const current = await loadCurrentParagraphs(db, inProcessId);
    const oldParagraphs = current.paragraphs.map((paragraph) => paragraph.sourceText);
    const prepared = prepareSourceUpdate({ oldParagraphs, file: { bytes: newBytes, format: "text" } });
    if (!prepared.ok) throw new Error("refused");
    refuseBadVersion(prepared, false);
    const applied = await timeAsync(() => db.$transaction((tx) => applySourceUpdate(tx, { actor, documentId: inProcessId, baseRevision: 1, old: current.paragraphs, prepared, isMinor: false })));
    apply = applied;
    return applied.value;
  });
  console.log(`database: ${JSON.stringify(updated.value)} (services); ${JSON.stringify(inProcess.value)} (in process)`);
  console.log(`database: previewSourceUpdate ${show(preview)}; updateSource ${show(updated)} (each reads and compares in a worker thread)`);
  console.log(`database: align + apply in process (read rows, read file, compare, one transaction) ${show(inProcess)}; of which the apply transaction ${show(apply)} (target: under 1 s)`);
  console.log(`database: reference createDocument of the same ${versions.old.length} paragraphs ${show(created)}; update in process / create = ${(inProcess.wall / created.wall).toFixed(3)} (wall)`);
  await db.$disconnect();
}

/** The phases, in order, each given the same versions. */
const PHASES: [name: string, run: (versions: SourceVersions) => void | Promise<void>][] = [
  ["compare", compare],
  ["worst cases", worstCases],
  ["database", database],
];

async function main() {
  const versions = generateSourceVersions(PARAGRAPHS, CHANGED);
  const characters = [...versions.old, ...versions.new].reduce((total, text) => total + text.length, 0);
  console.log(`source update: ${versions.old.length} old x ${versions.new.length} new paragraphs (${(characters / 1e6).toFixed(1)} M characters), ${versions.changes.length} changes made`);
  for (const [, run] of PHASES) await run(versions);
}

await main();
