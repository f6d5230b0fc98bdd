// Benchmark of the import (prints figures; not a test): a generated 2,000-paragraph article
// pair, with the English missing, adding, merging and splitting paragraphs here and there, is
// decoded, read, aligned and classified exactly as the import does, then written to a scratch
// SQLite database in one transaction. Target (issue 3): under 1 s to import and align.
//
//   npm run bench:import
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { generateArticlePair } from "./article-pair";
import { ms } from "./stats";

const root = path.resolve(import.meta.dirname, "../..");
const PARAGRAPHS = Number(process.env.BENCH_PARAGRAPHS ?? 2000);
const file = path.join(root, "tests", ".tmp", "bench-import.db");

async function main() {
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  process.env.DATABASE_URL = `file:${file}`;
  const migrated = spawnSync(process.execPath, ["--experimental-wasm-modules", "--disable-warning=ExperimentalWarning", "scripts/migrate.js", "deploy"], { cwd: root, env: process.env, encoding: "utf8" });
  if (migrated.status !== 0) throw new Error(migrated.stderr);

  const { db } = await import("@/server/db");
  const { previewImport } = await import("@/server/services/imports/preview-import");
  const { createDocument } = await import("@/server/services/documents/create-document");
  const user = await db.user.create({ data: { email: "bench@example.com", name: "Bench", role: "TRANSLATOR", passwordHash: "x" }, select: { id: true, email: true, name: true, uiLanguage: true } });
  const actor = { ...user, role: "TRANSLATOR" as const };
  const pair = generateArticlePair(PARAGRAPHS);
  const fr = pair.fr.join("\n\n");
  const en = pair.en.join("\n\n");
  const input = { source: { content: fr, encoding: "text" as const }, target: { content: en, encoding: "text" as const } };

  await previewImport({ actor, input }); // warm up the code paths once
  const runs: number[] = [];
  let rows = 0;
  let doubtful = 0;
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    const proposal = await previewImport({ actor, input });
    runs.push(performance.now() - started);
    rows = proposal.rows.length;
    doubtful = proposal.rows.filter((row) => row.isDoubtful).length;
  }
  const proposal = await previewImport({ actor, input });
  const writeStarted = performance.now();
  await createDocument({ actor, input: { title: "Benchmark", pairs: proposal.rows } });
  const write = performance.now() - writeStarted;
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(`import: ${PARAGRAPHS} French paragraphs (${(fr.length / 1024).toFixed(0)} KiB), English with a missing, extra, merged and split paragraph every 100`);
  console.log(`import: decode + read + align + classify: ${runs.map(ms).join(", ")} (target < 1000 ms); ${rows} rows, ${doubtful} flagged doubtful`);
  console.log(`import: writing the document with its revisions in one transaction: ${ms(write)}`);
  console.log(`import: peak memory (max RSS) ${peak.toFixed(0)} MiB`);
  await db.$disconnect();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
