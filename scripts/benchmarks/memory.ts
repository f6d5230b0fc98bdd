// Benchmark of the translation memory (prints figures; not a test), on SQLite and on PostgreSQL:
//
// 1. The time to import a TMX file of BENCH_UNITS generated units (default 200,000) through the
//    service the command line uses (importMemoryTmx: parse, one transaction, batches).
// 2. Suggestion latency over that memory (after 10 unmeasured lookups of other texts as a
//    warm-up): BENCH_QUERIES texts (default 200), half of them a unit
//    with one word changed, half new text, through findMemoryMatches (the index prefilter, then
//    the edit-distance score): p50 and p99, and the same texts through findParagraphSuggestions
//    (what GET /api/segments/{id}/suggestions does: the paragraph, then each of its sentences).
//    CPU time (user + system) of this process, which on SQLite includes the database engine;
//    on PostgreSQL also that of the server processes serving this benchmark's database.
// 3. The reference in the same run: the same suggestion by a scan (every unit of the pair read
//    and scored), over BENCH_SCAN_QUERIES texts (default 3), and the ratio of the medians.
//
// Corpora (BENCH_CORPUS):
// - `zipf` (default): newsroom-like statistics: each word drawn from a vocabulary of the 60 most
//   frequent French function words and 40,000 generated content words by Zipf's law (s = 1.05,
//   as in running text); 1 or 2 sentences of 12 to 30 words, a number in one sentence of three.
// - `phrases`: the earlier corpus, combinations of a few dozen fixed phrases: nearly every unit
//   shares most words with every other, the worst case for any index prefilter.
//
//   npm run bench:memory
//   BENCH_UNITS=20000 BENCH_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:memory
//   BENCH_ONLY=sqlite BENCH_CORPUS=phrases npm run bench:memory
//   BENCH_KEEP=1 npm run bench:memory   # keeps data/bench/memory-kept.db and vav_bench_memory_kept for profiling
//   BENCH_KEEP=1 BENCH_REUSE=1 npm run bench:memory   # measures again over the kept memory (migrated first), no import
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ms, percentile } from "./stats";

const UNITS = Number(process.env.BENCH_UNITS ?? 200_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 200);
const SCAN_QUERIES = Number(process.env.BENCH_SCAN_QUERIES ?? 3);
/** Lookups made before measuring (other texts than the measured ones). */
const WARM_UP_QUERIES = 10;
const CORPUS = process.env.BENCH_CORPUS === "phrases" ? "phrases" : "zipf";
const POSTGRES = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const root = path.resolve(import.meta.dirname, "../..");
const REUSE = Boolean(process.env.BENCH_KEEP && process.env.BENCH_REUSE);

let seed = 42;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)];

// The `phrases` corpus.
const SUBJECTS = ["Le président", "La ministre", "Le porte-parole du Kremlin", "Le maire de Lyon", "La commission européenne", "Le gouvernement", "Le syndicat", "La préfecture", "Le procureur", "L'Élysée"];
const VERBS = ["a annoncé", "a démenti", "a confirmé", "a rappelé", "a estimé", "a déclaré", "a assuré", "a reconnu"];
const DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
const OBJECTS = ["une réforme des retraites", "la hausse des prix de l'énergie", "un accord avec les agriculteurs", "la fermeture de l'usine", "un plan de relance", "la visite du chancelier", "les résultats du scrutin", "une enquête sur les fraudes", "le budget de la défense", "la réouverture des frontières"];
const PLACES = ["à Paris", "à Bruxelles", "à Moscou", "à Marseille", "à Berlin", "à Genève", "à Kiev", "à Rome", "à Madrid", "à Varsovie"];
const TAILS = ["selon un communiqué", "devant la presse", "dans un entretien au Monde", "à l'issue du conseil des ministres", "sans donner de détails", "après des semaines de négociations"];
const phraseSentence = () => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(DAYS)} ${pick(OBJECTS)} ${pick(PLACES)}, ${pick(TAILS)}, ${Math.floor(random() * 900 + 100)} personnes concernées.`;

// The `zipf` corpus.
const FUNCTION_WORDS = "de la le et les des à en du un une a que pour dans est qui au sur par il pas plus avec ce ne se son sa ses aux été elle ont mais ou sont cette nous leur selon après avait comme entre deux lors contre tout dont ils été être fait sans sous mois ans année depuis".split(" ");
const SYLLABLES = "ba bé bi bo ca ce ci co cu da dé di do du fa fé fi fo ga gé go la lé li lo lu ma mé mi mo mu na né ni no pa pé pi po pu ra ré ri ro ru sa sé si so su ta té ti to tu va vé vi vo cha che chi pra pré pri tra tré tri bra bré gra gré fla flé cla clé on an en in un ment tion sion eur ier ette ance ence isme iste".split(" ");
const VOCABULARY = (() => {
  const words = new Set(FUNCTION_WORDS);
  while (words.size < FUNCTION_WORDS.length + 40_000) {
    const syllables = 2 + Math.floor(random() * 3);
    words.add(Array.from({ length: syllables }, () => pick(SYLLABLES)).join(""));
  }
  return [...words];
})();
const ZIPF = (() => {
  const cumulative = new Float64Array(VOCABULARY.length);
  let total = 0;
  for (let rank = 0; rank < VOCABULARY.length; rank += 1) cumulative[rank] = total += 1 / (rank + 1) ** 1.05;
  return { cumulative, total };
})();
const zipfWord = () => {
  const target = random() * ZIPF.total;
  let low = 0;
  let high = ZIPF.cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ZIPF.cumulative[middle] < target) low = middle + 1;
    else high = middle;
  }
  return VOCABULARY[low];
};
const zipfSentence = () => {
  const words = Array.from({ length: 12 + Math.floor(random() * 19) }, zipfWord);
  if (random() < 1 / 3) words.splice(Math.floor(random() * words.length), 0, String(Math.floor(random() * 10_000)));
  const text = words.join(" ");
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
};

const sentence = CORPUS === "zipf" ? zipfSentence : phraseSentence;
const text = () => (random() < 0.5 ? sentence() : `${sentence()} ${sentence()}`);
/** A unit's French with one word changed: what a translator meets most (a date, a name, a figure). */
const changeOneWord = (source: string) => {
  const words = source.split(" ");
  const index = Math.floor(random() * words.length);
  words[index] = CORPUS === "zipf" ? zipfWord() : "demain";
  return words.join(" ");
};

/** CPU time (ms, user + system) of the PostgreSQL server processes connected to `database` (Linux /proc). */
function postgresCpuMs(database: string): number {
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(database)) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended meanwhile.
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

async function runOne(provider: "sqlite" | "postgres") {
  const scratch = path.join(root, "data", "bench");
  let cleanup = async () => {};
  let database = "";
  if (provider === "sqlite") {
    mkdirSync(scratch, { recursive: true });
    const file = process.env.BENCH_KEEP ? path.join(scratch, "memory-kept.db") : path.join(scratch, `memory-${process.pid}.db`);
    process.env.DATABASE_URL = `file:${file}`;
    cleanup = async () => {
      for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
    };
  } else {
    const pg = (await import("pg")).default;
    database = process.env.BENCH_KEEP ? "vav_bench_memory_kept" : `vav_bench_memory_${process.pid}`;
    if (!REUSE) {
      const admin = new pg.Client({ connectionString: POSTGRES });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${database}"`);
      await admin.end();
    }
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
    const { findMemoryMatches, findParagraphSuggestions } = await import("@/server/services/memory/find-memory-matches");
    const { memoryScore } = await import("@/domain/memory/score");

    seed = 42;
    const sources = Array.from({ length: UNITS }, () => text());
    const units = sources.map((sourceText, k) => ({ sourceText, targetText: `Translation ${k} of the dispatch.`, authorName: "bench", approvedAt: "2026-01-01T00:00:00.000Z", origin: "TMX", documentTitle: "" }));
    let tmx = "";
    const content = () => (tmx ||= writeMemoryTmx({ sourceLang: "fr", targetLang: "en", createdAt: new Date().toISOString(), units }));
    if (REUSE) {
      console.log(`${provider}: reusing the kept memory of ${(await db.memoryUnit.count()).toLocaleString("en")} units (no import measured)`);
    } else {
      const admin = await db.user.create({ data: { email: "bench@example.com", name: "Bench", passwordHash: "", role: "ADMIN" }, select: { id: true, email: true, name: true, role: true, uiLanguage: true } });
      const serverImportCpuEnd = () => (provider === "postgres" ? postgresCpuMs(database) : 0);
      const serverImportCpu = serverImportCpuEnd();
      const importCpuStart = process.cpuUsage();
      const started = performance.now();
      const imported = await importMemoryTmx({ actor: { ...admin, role: "ADMIN" }, input: { content: content(), lang: "en" } });
      const importMs = performance.now() - started;
      const importCpu = cpuMs(process.cpuUsage(importCpuStart));
      console.log(
        `${provider}: imported a ${UNITS.toLocaleString("en")}-unit TMX (${CORPUS} corpus, ${(content().length / 1e6).toFixed(1)} MB): ${imported.added.toLocaleString("en")} added, ${imported.duplicates} duplicates, in ${(importMs / 1000).toFixed(1)} s (CPU ${(importCpu / 1000).toFixed(1)} s in this process${provider === "postgres" ? ` + ${((serverImportCpuEnd() - serverImportCpu) / 1000).toFixed(1)} s in PostgreSQL` : ""})`,
      );
    }

    // Half the queries: a unit with one word changed; half: new text.
    const queries = Array.from({ length: QUERIES }, (_, k) => (k % 2 === 0 ? changeOneWord(pick(sources)) : text()));
    const serverCpu = () => (provider === "postgres" ? postgresCpuMs(database) : 0);
    const measure = async (label: string, run: (query: string) => Promise<boolean>) => {
      const latencies: number[] = [];
      let found = 0;
      const cpu = process.cpuUsage();
      const server = serverCpu();
      const wall = performance.now();
      for (const query of queries) {
        const t0 = performance.now();
        if (await run(query)) found += 1;
        latencies.push(performance.now() - t0);
      }
      const wallMs = performance.now() - wall;
      const cpuText = `CPU ${ms(cpuMs(process.cpuUsage(cpu)))} in this process${provider === "postgres" ? ` + ${ms(serverCpu() - server)} in PostgreSQL` : ""} for ${ms(wallMs)} of wall time`;
      console.log(
        `${provider}: ${label} over ${QUERIES} texts: p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(Math.max(...latencies))}; ${found} texts had a match ≥ 75 %; ${cpuText}`,
      );
      return percentile(latencies, 50);
    };
    // Warm-up, not measured: the first lookups compile the code paths and fill the caches.
    for (let k = 0; k < WARM_UP_QUERIES; k += 1) await findParagraphSuggestions(db, { text: changeOneWord(pick(sources)), sourceLang: "fr", targetLang: "en" });
    const p50 = await measure("suggestions for one text (findMemoryMatches)", async (query) => (await findMemoryMatches(db, { text: query, sourceLang: "fr", targetLang: "en" })).length > 0);
    await measure(
      "suggestions for a paragraph and each of its sentences (findParagraphSuggestions, the API's)",
      async (query) => {
        const result = await findParagraphSuggestions(db, { text: query, sourceLang: "fr", targetLang: "en" });
        return result.matches.length > 0 || result.sentences.some((entry) => entry.matches.length > 0);
      },
    );

    if (SCAN_QUERIES === 0) {
      await db.$disconnect();
      return;
    }
    const scans: number[] = [];
    const scanCpu = process.cpuUsage();
    for (const query of queries.slice(0, SCAN_QUERIES)) {
      const t0 = performance.now();
      const all = await db.memoryUnit.findMany({ where: { sourceLang: "fr", targetLang: "en" }, select: { id: true, sourceText: true } });
      all.map((unit) => memoryScore(query, unit.sourceText)).filter((score) => score !== null);
      scans.push(performance.now() - t0);
    }
    const scan50 = percentile(scans, 50);
    console.log(
      `${provider}: reference, the same by a scan (every unit read and scored) over ${SCAN_QUERIES} texts: median ${ms(scan50)} (CPU ${ms(cpuMs(process.cpuUsage(scanCpu)) / SCAN_QUERIES)} per text in this process); the index is ${(scan50 / p50).toFixed(0)}× faster at the median`,
    );
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
