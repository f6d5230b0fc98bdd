// Benchmark of the translation memory (prints figures; not a test), on SQLite and on PostgreSQL:
//
// 1. The time to import a TMX file of BENCH_UNITS generated units (default 200,000) through the
//    service the command line uses (importMemoryTmx: parse, one transaction, batches).
// 2. Suggestion latency over that memory: BENCH_QUERIES texts (default 200), half of them a unit
//    with one word changed, half new text, through findMemoryMatches (the index prefilter: FTS5
//    trigram on SQLite, pg_trgm GIN on PostgreSQL, then the edit-distance score): p50 and p99.
// 3. The reference in the same run: the same suggestion by a scan (every unit of the pair read
//    and scored), over BENCH_SCAN_QUERIES texts (default 5), and the ratio of the medians.
//
//   npm run bench:memory
//   BENCH_UNITS=20000 BENCH_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:memory
//   BENCH_ONLY=sqlite npm run bench:memory
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { ms, percentile } from "./stats";

const UNITS = Number(process.env.BENCH_UNITS ?? 200_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 200);
const SCAN_QUERIES = Number(process.env.BENCH_SCAN_QUERIES ?? 5);
const POSTGRES = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const root = path.resolve(import.meta.dirname, "../..");

// A deterministic generator of newsroom-like French and its "translation".
let seed = 42;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)];
const SUBJECTS = ["Le président", "La ministre", "Le porte-parole du Kremlin", "Le maire de Lyon", "La commission européenne", "Le gouvernement", "Le syndicat", "La préfecture", "Le procureur", "L'Élysée"];
const VERBS = ["a annoncé", "a démenti", "a confirmé", "a rappelé", "a estimé", "a déclaré", "a assuré", "a reconnu"];
const DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
const OBJECTS = ["une réforme des retraites", "la hausse des prix de l'énergie", "un accord avec les agriculteurs", "la fermeture de l'usine", "un plan de relance", "la visite du chancelier", "les résultats du scrutin", "une enquête sur les fraudes", "le budget de la défense", "la réouverture des frontières"];
const PLACES = ["à Paris", "à Bruxelles", "à Moscou", "à Marseille", "à Berlin", "à Genève", "à Kiev", "à Rome", "à Madrid", "à Varsovie"];
const TAILS = ["selon un communiqué", "devant la presse", "dans un entretien au Monde", "à l'issue du conseil des ministres", "sans donner de détails", "après des semaines de négociations"];
const sentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(DAYS)} ${pick(OBJECTS)} ${pick(PLACES)}, ${pick(TAILS)}, ${Math.floor(random() * 900 + 100)} personnes concernées.`;
const text = () => (random() < 0.5 ? sentence() : `${sentence()} ${sentence()}`);

async function runOne(provider: "sqlite" | "postgres") {
  const scratch = path.join(root, "data", "bench");
  let cleanup = async () => {};
  if (provider === "sqlite") {
    mkdirSync(scratch, { recursive: true });
    const file = process.env.BENCH_KEEP ? path.join(scratch, "memory-kept.db") : path.join(scratch, `memory-${process.pid}.db`);
    process.env.DATABASE_URL = `file:${file}`;
    cleanup = async () => {
      for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
    };
  } else {
    const pg = (await import("pg")).default;
    const database = process.env.BENCH_KEEP ? "vav_bench_memory_kept" : `vav_bench_memory_${process.pid}`;
    const admin = new pg.Client({ connectionString: POSTGRES });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    const url = new URL(POSTGRES);
    url.pathname = `/${database}`;
    process.env.DATABASE_URL = url.toString();
    cleanup = async () => {
      const client = new pg.Client({ connectionString: POSTGRES });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await client.end();
    };
  }
  try {
    const migrated = spawnSync(process.execPath, ["--experimental-wasm-modules", "--disable-warning=ExperimentalWarning", "scripts/migrate.js", "deploy"], { cwd: root, env: process.env, encoding: "utf8" });
    if (migrated.status !== 0) throw new Error(migrated.stderr);
    const { db } = await import("@/server/db");
    const { writeMemoryTmx } = await import("@/domain/memory/tmx");
    const { importMemoryTmx } = await import("@/server/services/memory/import-memory-tmx");
    const { findMemoryMatches } = await import("@/server/services/memory/find-memory-matches");
    const { memoryScore } = await import("@/domain/memory/score");

    seed = 42;
    const sources = Array.from({ length: UNITS }, () => text());
    const units = sources.map((sourceText, k) => ({ sourceText, targetText: `Translation ${k} of the dispatch.`, authorName: "bench", approvedAt: "2026-01-01T00:00:00.000Z", origin: "TMX", documentTitle: "" }));
    const content = writeMemoryTmx({ sourceLang: "fr", targetLang: "en", createdAt: new Date().toISOString(), units });
    const admin = await db.user.create({ data: { email: "bench@example.com", name: "Bench", passwordHash: "", role: "ADMIN" }, select: { id: true, email: true, name: true, role: true, uiLanguage: true } });
    const started = performance.now();
    const imported = await importMemoryTmx({ actor: { ...admin, role: "ADMIN" }, input: { content, lang: "en" } });
    const importMs = performance.now() - started;
    console.log(`${provider}: imported a ${UNITS.toLocaleString("en")}-unit TMX (${(content.length / 1e6).toFixed(1)} MB): ${imported.added.toLocaleString("en")} added, ${imported.duplicates} duplicates, in ${(importMs / 1000).toFixed(1)} s`);

    // Half the queries: a unit with one word changed; half: new text.
    const queries = Array.from({ length: QUERIES }, (_, k) => (k % 2 === 0 ? pick(sources).replace(/ (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) /, " demain ") : text()));
    const latencies: number[] = [];
    let found = 0;
    for (const query of queries) {
      const t0 = performance.now();
      const matches = await findMemoryMatches(db, { text: query, sourceLang: "fr", targetLang: "en" });
      latencies.push(performance.now() - t0);
      if (matches.length > 0) found += 1;
    }
    const p50 = percentile(latencies, 50);
    console.log(`${provider}: suggestions with the index over ${QUERIES} texts: p50 ${ms(p50)}, p99 ${ms(percentile(latencies, 99))}, max ${ms(Math.max(...latencies))}; ${found} texts had a match ≥ 75 %`);

    const scans: number[] = [];
    for (const query of queries.slice(0, SCAN_QUERIES)) {
      const t0 = performance.now();
      const all = await db.memoryUnit.findMany({ where: { sourceLang: "fr", targetLang: "en" }, select: { id: true, sourceText: true } });
      all.map((unit) => memoryScore(query, unit.sourceText)).filter((score) => score !== null);
      scans.push(performance.now() - t0);
    }
    const scan50 = percentile(scans, 50);
    console.log(`${provider}: the same by a scan (every unit read and scored) over ${SCAN_QUERIES} texts: median ${ms(scan50)}; index ${(scan50 / p50).toFixed(0)}× faster`);
    await db.$disconnect();
  } finally {
    if (process.env.BENCH_KEEP) console.log(`${provider}: kept ${process.env.DATABASE_URL}`);
    else await cleanup();
  }
}

const only = process.env.BENCH_ONLY;
if (only === "sqlite" || only === "postgres") {
  await runOne(only);
  process.exit(0);
}
// One process per database: the app's Prisma client is chosen once, from DATABASE_URL.
for (const provider of ["sqlite", "postgres"] as const) {
  const run = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/benchmarks/memory.ts"], { cwd: root, env: { ...process.env, BENCH_ONLY: provider }, stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
