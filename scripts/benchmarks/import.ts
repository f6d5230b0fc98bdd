// Benchmark of the import (prints figures; not a test): a generated 2,000-paragraph article
// pair, with the English missing, adding, merging and splitting paragraphs here and there, is
// decoded, read, aligned and classified exactly as the import does (proposeImport, what the
// import's worker thread runs), then written to a scratch SQLite database by createDocument in
// one transaction (segments, IMPORT revisions, memory units, audit, webhook event). Target
// (issue 19): under 300 ms in all. CPU time (user + system of this process) and wall time,
// median of 5 runs. Reference in the same run: the same Segment and Revision rows written with
// Prisma's createMany (the write path before decision 026) against writeImportedSegments.
// Alignment accuracy beside the speed: precision and recall of the aligner's links against the
// generated pair's known alignment.
//
//   npm run bench:import
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { generateArticlePair } from "./article-pair";

const root = path.resolve(import.meta.dirname, "../..");
const PARAGRAPHS = Number(process.env.BENCH_PARAGRAPHS ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const file = path.join(root, "tests", ".tmp", "bench-import.db");

type Timing = { cpu: number; wall: number };
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const summary = (timings: Timing[]) => ({ cpu: median(timings.map((t) => t.cpu)), wall: median(timings.map((t) => t.wall)) });
const show = ({ cpu, wall }: Timing) => `${cpu.toFixed(0)} ms CPU, ${wall.toFixed(0)} ms wall`;

async function timed<T>(work: () => Promise<T> | T): Promise<{ result: T; timing: Timing }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return { result, timing: { cpu: (used.user + used.system) / 1000, wall: performance.now() - started } };
}

async function main() {
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  process.env.DATABASE_URL = `file:${file}`;
  const migrated = spawnSync(process.execPath, ["--experimental-wasm-modules", "--disable-warning=ExperimentalWarning", "scripts/migrate.js", "deploy"], { cwd: root, env: process.env, encoding: "utf8" });
  if (migrated.status !== 0) throw new Error(migrated.stderr);

  const { db } = await import("@/server/db");
  const { proposeImport } = await import("@/domain/import/propose-import");
  const { alignParagraphs } = await import("@/domain/alignment/align");
  const { createDocument } = await import("@/server/services/documents/create-document");
  const { writeImportedSegments } = await import("@/server/services/documents/write-imported-segments");
  const user = await db.user.create({ data: { email: "bench@example.com", name: "Bench", role: "TRANSLATOR", passwordHash: "x" }, select: { id: true, email: true, name: true, uiLanguage: true } });
  const actor = { ...user, role: "TRANSLATOR" as const };
  const pair = generateArticlePair(PARAGRAPHS);
  const fr = pair.fr.join("\n\n");
  const en = pair.en.join("\n\n");
  const encoder = new TextEncoder();
  const files = { source: { name: "article.fr.txt", bytes: encoder.encode(fr) }, target: { name: "article.en.txt", bytes: encoder.encode(en) } };

  // Warm up the code paths once.
  const warm = proposeImport(files);
  if (!warm.ok) throw new Error(warm.reason);
  await createDocument({ actor, input: { title: "Warm-up", pairs: warm.proposal.rows } });

  const reads: Timing[] = [];
  const writes: Timing[] = [];
  const totals: Timing[] = [];
  let rows = warm.proposal.rows;
  for (let run = 0; run < RUNS; run += 1) {
    const read = await timed(() => proposeImport(files));
    if (!read.result.ok) throw new Error(read.result.reason);
    rows = read.result.proposal.rows;
    const write = await timed(() => createDocument({ actor, input: { title: `Benchmark ${run}`, pairs: rows } }));
    reads.push(read.timing);
    writes.push(write.timing);
    totals.push({ cpu: read.timing.cpu + write.timing.cpu, wall: read.timing.wall + write.timing.wall });
  }

  // The same Segment and Revision rows, written both ways in a transaction of their own (into a scratch document each).
  const segmentsOf = (documentId: string) =>
    rows.map((row, position) => ({ documentId, lang: "en", paragraphId: `${documentId}-${position}`, position, kind: row.kind, sourceText: row.sourceText, targetText: row.targetText, state: "TRANSLATED" as const, inlineCodes: null, lastEditorId: null }));
  const ours: Timing[] = [];
  const reference: Timing[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const a = await db.document.create({ data: { title: "ours", sourceLang: "fr", createdById: actor.id }, select: { id: true } });
    ours.push(
      (await timed(() => db.$transaction((tx) => writeImportedSegments(tx, { documentId: a.id, lang: "en", authorId: actor.id, segments: segmentsOf(a.id) }), { timeout: 60_000 }))).timing,
    );
    const b = await db.document.create({ data: { title: "reference", sourceLang: "fr", createdById: actor.id }, select: { id: true } });
    reference.push(
      (
        await timed(() =>
          db.$transaction(
            async (tx) => {
              const segments = await tx.segment.createManyAndReturn({ data: segmentsOf(b.id), select: { id: true, targetText: true } });
              await tx.revision.createMany({ data: segments.filter((s) => s.targetText !== "").map((s) => ({ segmentId: s.id, authorId: actor.id, before: "", after: s.targetText, reason: "IMPORT" as const })) });
            },
            { timeout: 60_000 },
          ),
        )
      ).timing,
    );
  }

  // Alignment accuracy: the aligner's links (every French paragraph of a row with every English paragraph of it) against the known ones.
  const key = ([f, e]: [number, number]) => `${f}:${e}`;
  const truth = new Set(pair.links.map(key));
  const found = alignParagraphs(pair.fr, pair.en).flatMap((link) => link.source.flatMap((f) => link.target.map((e) => key([f, e]))));
  const correct = found.filter((link) => truth.has(link)).length;

  const [read, write, total, mine, theirs] = [summary(reads), summary(writes), summary(totals), summary(ours), summary(reference)];
  console.log(`import: ${PARAGRAPHS} French paragraphs (${(fr.length / 1024).toFixed(0)} KiB), English with a missing, extra, merged and split paragraph every 100; median of ${RUNS} runs`);
  console.log(`  decode + read + align + classify (proposeImport): ${show(read)}; ${rows.length} rows, ${rows.filter((row) => row.isDoubtful).length} flagged doubtful`);
  console.log(`  write (createDocument: document, segments, IMPORT revisions, memory units, audit, webhook event, one transaction): ${show(write)}`);
  console.log(`  in all: ${show(total)} (target under 300 ms)`);
  console.log(`  segments + IMPORT revisions alone: ${show(mine)} with multi-row INSERTs against ${show(theirs)} with Prisma createMany (reference, same rows, same run) = ${(theirs.cpu / mine.cpu).toFixed(1)} times less CPU, ${(theirs.wall / mine.wall).toFixed(1)} times less wall time`);
  console.log(`  alignment accuracy: precision ${((correct / found.length) * 100).toFixed(1)} % (${correct} of ${found.length} links found are right), recall ${((correct / truth.size) * 100).toFixed(1)} % (${correct} of ${truth.size} true links found)`);
  console.log(`  peak memory (max RSS) ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
  await db.$disconnect();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
