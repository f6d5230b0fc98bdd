// Benchmark of the documents list at archive scale (decision 025; prints figures, not a test):
// a year of a newsroom, 100,000 articles of 30 paragraphs (3 million paragraphs), on SQLite and
// on PostgreSQL. For each database it prints
//   - the fill time (batched raw inserts in transactions, the database's triggers running as
//     they do for the app: progress summary and full-text index kept row by row),
//   - the list's p50/p99 (page 1 and random pages, through the listDocuments service) against
//     the same list computing progress the old way, grouping the page's paragraphs by state,
//   - the search's p50/p99 (listDocuments with q: rare and common words, two words, prefixes)
//     against a plain LIKE scan of the titles and French texts,
//   - counting the whole archive's progress from the summary against grouping every paragraph,
//   - the database size; with the CPU time (user + system) of this process and, on PostgreSQL,
//     of the server processes that answered.
// Target (issue 19): list and search p99 under 200 ms.
//
//   npm run bench:archive
//   BENCH_ARCHIVE_DOCUMENTS=10000 BENCH_ARCHIVE_DATABASES=sqlite npm run bench:archive   (smaller, one database)
//
// The fill takes minutes to tens of minutes per database. BENCH_KEEP=1 keeps the filled databases
// (the SQLite file BENCH_ARCHIVE_SQLITE_FILE, tests/.tmp/bench-archive.db unless set, and the
// PostgreSQL database BENCH_ARCHIVE_POSTGRES_DATABASE, vav_bench_archive unless set); BENCH_REUSE=1 measures a kept database again without filling it
// (after applying any new migration), when it holds the expected number of articles: to compare
// code before and after a change on the same data. Drop them by hand when done.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { percentile, ms } from "./stats";

const root = path.resolve(import.meta.dirname, "../..");
const DOCUMENTS = Number(process.env.BENCH_ARCHIVE_DOCUMENTS ?? 100_000);
const PARAGRAPHS = Number(process.env.BENCH_ARCHIVE_PARAGRAPHS ?? 30);
const DATABASES = (process.env.BENCH_ARCHIVE_DATABASES ?? "sqlite,postgres").split(",");
const POSTGRES_ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const SQLITE_FILE = process.env.BENCH_ARCHIVE_SQLITE_FILE ?? path.join(root, "tests", ".tmp", "bench-archive.db");
const POSTGRES_DATABASE = process.env.BENCH_ARCHIVE_POSTGRES_DATABASE ?? "vav_bench_archive";
const KEEP = Boolean(process.env.BENCH_KEEP || process.env.BENCH_REUSE);
const REUSE = Boolean(process.env.BENCH_REUSE);
/** Documents written per transaction while filling. */
const BATCH = 500;
const ADMIN_ID = "bench-archive-admin";
const BASE_TIME = Date.UTC(2025, 10, 1);

// ---------------------------------------------------------------------------------------------
// The archive's text: words drawn from a made-up vocabulary with a skewed (Zipf-like)
// frequency, so that searches meet both common and rare words.

/** A small deterministic generator (mulberry32), so every run fills the same archive. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ["ba", "cé", "di", "fo", "ga", "lé", "mi", "no", "pa", "ré", "si", "tu", "va", "zo", "cha", "gné", "qui", "tra", "pro", "dé"];
const VOCABULARY = (() => {
  const next = random(7);
  const words = new Set<string>();
  while (words.size < 20_000) {
    const length = 2 + Math.floor(next() * 3);
    words.add(Array.from({ length }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join(""));
  }
  return [...words];
})();
/** Word index skewed towards the start: the first words are common, the last ones rare. */
const wordAt = (r: number) => VOCABULARY[Math.floor(VOCABULARY.length * r ** 3)];

function sentence(next: () => number, words: number): string {
  const text = Array.from({ length: words }, () => wordAt(next())).join(" ");
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

type Paragraph = { position: number; kind: "TITLE" | "BODY"; sourceText: string; targetText: string; state: string };

/** Document n (from 0): its title, its paragraphs with their states, its time. */
function archiveDocument(n: number) {
  const next = random(1000 + n);
  const title = `Article ${n} ${sentence(next, 5)}`;
  const paragraphs: Paragraph[] = Array.from({ length: PARAGRAPHS }, (_, position) => {
    const sourceText = position === 0 ? title : sentence(next, 24);
    // Most of a year's archive is approved; recent articles are still in progress.
    const roll = next();
    const state = n < DOCUMENTS - 500 ? (roll < 0.97 ? "APPROVED" : "EXCLUDED") : roll < 0.3 ? "APPROVED" : roll < 0.6 ? "TRANSLATED" : roll < 0.8 ? "DRAFT" : "UNTRANSLATED";
    const targetText = state === "UNTRANSLATED" ? "" : `EN ${sourceText}`;
    return { position, kind: position === 0 ? "TITLE" : "BODY", sourceText, targetText, state };
  });
  // Document n changed n * 5 minutes after the first: the newest is the last one.
  const time = new Date(BASE_TIME + n * 300_000);
  const content = JSON.stringify(paragraphs.map((paragraph) => paragraph.sourceText));
  return { id: `bench-doc-${String(n).padStart(6, "0")}`, title, paragraphs, time, content, contentHash: createHash("sha256").update(content).digest("hex") };
}

// ---------------------------------------------------------------------------------------------
// Filling.

function migrate(databaseUrl: string) {
  const migrated = spawnSync(process.execPath, ["--experimental-wasm-modules", "--disable-warning=ExperimentalWarning", "scripts/migrate.js", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (migrated.status !== 0) throw new Error(`migration failed: ${migrated.stderr}`);
}

const sqliteTime = (date: Date) => date.toISOString().replace("Z", "+00:00");

function fillSqlite(): number {
  const database = new Database(SQLITE_FILE);
  database.pragma("journal_mode = WAL");
  const now = sqliteTime(new Date());
  database
    .prepare(`INSERT INTO "User" ("id", "email", "name", "role", "passwordHash", "updatedAt") VALUES (?, ?, ?, 'ADMIN', '', ?)`)
    .run(ADMIN_ID, "bench-archive@example.com", "Bench Archive", now);
  const insertDocument = database.prepare(
    `INSERT INTO "Document" ("id", "title", "createdById", "createdAt", "updatedAt", "lastActivityAt") VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertTranslation = database.prepare(`INSERT INTO "Translation" ("id", "documentId", "lang", "createdAt", "updatedAt") VALUES (?, ?, 'en', ?, ?)`);
  const insertRevision = database.prepare(
    `INSERT INTO "SourceRevision" ("id", "documentId", "number", "authorId", "content", "contentHash", "createdAt") VALUES (?, ?, 1, ?, ?, ?, ?)`,
  );
  const insertSegment = database.prepare(
    `INSERT INTO "Segment" ("id", "documentId", "lang", "paragraphId", "position", "kind", "sourceText", "targetText", "state", "createdAt", "updatedAt")
     VALUES (?, ?, 'en', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const fillBatch = database.transaction((start: number, end: number) => {
    for (let n = start; n < end; n += 1) {
      const document = archiveDocument(n);
      const time = sqliteTime(document.time);
      insertDocument.run(document.id, document.title, ADMIN_ID, time, time, time);
      insertTranslation.run(`${document.id}-en`, document.id, time, time);
      insertRevision.run(`${document.id}-r1`, document.id, ADMIN_ID, document.content, document.contentHash, time);
      for (const p of document.paragraphs) {
        insertSegment.run(`${document.id}-${p.position}`, document.id, `${document.id}-p${p.position}`, p.position, p.kind, p.sourceText, p.targetText, p.state, time, time);
      }
    }
  });
  const started = performance.now();
  for (let start = 0; start < DOCUMENTS; start += BATCH) {
    fillBatch(start, Math.min(DOCUMENTS, start + BATCH));
    if ((start / BATCH) % 20 === 0) process.stdout.write(`\r  sqlite: ${start.toLocaleString("en")} documents…`);
  }
  database.pragma("wal_checkpoint(TRUNCATE)");
  database.exec("ANALYZE");
  database.close();
  process.stdout.write("\r");
  return performance.now() - started;
}

async function fillPostgres(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`INSERT INTO "User" ("id", "email", "name", "role", "passwordHash", "updatedAt") VALUES ($1, $2, $3, 'ADMIN', '', now())`, [
    ADMIN_ID,
    "bench-archive@example.com",
    "Bench Archive",
  ]);
  const started = performance.now();
  // Row by row, the triggers would run 3 million times: the fill turns them (and the foreign-key
  // checks) off for this session, then builds the summary and the search index in two set-based
  // statements, the same as the migration's backfill.
  await client.query("SET session_replication_role = replica");
  for (let start = 0; start < DOCUMENTS; start += BATCH) {
    const documents = Array.from({ length: Math.min(BATCH, DOCUMENTS - start) }, (_, i) => archiveDocument(start + i));
    const segments = documents.flatMap((document) => document.paragraphs.map((p) => ({ document, p })));
    await client.query("BEGIN");
    // unnest() of arrays: one statement per table and batch, whatever the number of rows.
    await client.query(
      `INSERT INTO "Document" ("id", "title", "createdById", "createdAt", "updatedAt", "lastActivityAt")
       SELECT id, title, $3, t, t, t FROM unnest($1::text[], $2::text[], $4::timestamptz[]) AS d(id, title, t)`,
      [documents.map((d) => d.id), documents.map((d) => d.title), ADMIN_ID, documents.map((d) => d.time)],
    );
    await client.query(
      `INSERT INTO "Translation" ("id", "documentId", "lang", "createdAt", "updatedAt")
       SELECT id || '-en', id, 'en', t, t FROM unnest($1::text[], $2::timestamptz[]) AS d(id, t)`,
      [documents.map((d) => d.id), documents.map((d) => d.time)],
    );
    await client.query(
      `INSERT INTO "SourceRevision" ("id", "documentId", "number", "authorId", "content", "contentHash", "createdAt")
       SELECT id || '-r1', id, 1, $2, content, hash, t FROM unnest($1::text[], $3::text[], $4::text[], $5::timestamptz[]) AS d(id, content, hash, t)`,
      [documents.map((d) => d.id), ADMIN_ID, documents.map((d) => d.content), documents.map((d) => d.contentHash), documents.map((d) => d.time)],
    );
    await client.query(
      `INSERT INTO "Segment" ("id", "documentId", "lang", "paragraphId", "position", "kind", "sourceText", "targetText", "state", "createdAt", "updatedAt")
       SELECT doc || '-' || pos, doc, 'en', doc || '-p' || pos, pos, kind::"SegmentKind", source, target, state::"SegmentState", t, t
       FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[]) AS s(doc, pos, kind, source, target, state, t)`,
      [
        segments.map((s) => s.document.id),
        segments.map((s) => s.p.position),
        segments.map((s) => s.p.kind),
        segments.map((s) => s.p.sourceText),
        segments.map((s) => s.p.targetText),
        segments.map((s) => s.p.state),
        segments.map((s) => s.document.time),
      ],
    );
    await client.query("COMMIT");
    if ((start / BATCH) % 20 === 0) process.stdout.write(`\r  postgres: ${start.toLocaleString("en")} documents…`);
  }
  await client.query("SET session_replication_role = origin");
  const migration = readFileSync(path.join(root, "prisma/postgres/migrations/20261128060000_archive_progress_and_search/migration.sql"), "utf8");
  for (const table of ["SegmentStateCount", "DocumentSearchEntry"]) {
    const backfill = new RegExp(`INSERT INTO "${table}" \\("documentId"[^;]*FROM[^;]*;`, "s").exec(migration.slice(migration.lastIndexOf(`INSERT INTO "${table}"`)));
    if (!backfill) throw new Error(`no backfill of ${table} in the migration`);
    await client.query(backfill[0]);
  }
  // As autovacuum leaves a table some time after its writes: statistics, and the visibility map
  // that lets an index-only scan skip the table.
  await client.query("VACUUM (ANALYZE)");
  await client.end();
  process.stdout.write("\r");
  return performance.now() - started;
}

// ---------------------------------------------------------------------------------------------
// Measuring, in a child process whose DATABASE_URL is the filled database (the app's Prisma
// client reads it once, at import).

type Timed = { wall: number[]; cpu: number; serverCpu: number };

/** CPU time (user + system, ms) of the PostgreSQL server processes serving this database. */
async function postgresBackendCpu(admin: pg.Client | null): Promise<number> {
  if (!admin) return 0;
  const { rows } = await admin.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = $1`, [POSTGRES_DATABASE]);
  let total = 0;
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      total += ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    } catch {
      // the backend ended
    }
  }
  return total;
}

async function measure() {
  const isPostgres = /^postgres/.test(process.env.DATABASE_URL ?? "");
  const admin = isPostgres ? new pg.Client({ connectionString: POSTGRES_ADMIN_URL }) : null;
  await admin?.connect();
  const { db } = await import("@/server/db");
  const { listDocuments } = await import("@/server/services/documents/list-documents");
  const { summariseProgress } = await import("@/domain/progress");
  const user = await db.user.findUniqueOrThrow({ where: { id: ADMIN_ID }, select: { id: true, email: true, name: true, uiLanguage: true } });
  const actor = { ...user, role: "ADMIN" as const };

  /** Two ways of doing the same thing measured in turn, so that a busy machine weighs on both alike. */
  async function timedPair(runs: number, a: (i: number) => Promise<unknown>, b: (i: number) => Promise<unknown>): Promise<[Timed, Timed]> {
    const results: Timed[] = [
      { wall: [], cpu: 0, serverCpu: 0 },
      { wall: [], cpu: 0, serverCpu: 0 },
    ];
    await a(0);
    await b(0);
    for (let i = 0; i < runs; i += 1) {
      for (const [index, run] of [a, b].entries()) {
        const cpu0 = process.cpuUsage();
        const server0 = await postgresBackendCpu(admin);
        const started = performance.now();
        await run(i);
        results[index].wall.push(performance.now() - started);
        const cpu = process.cpuUsage(cpu0);
        results[index].cpu += (cpu.user + cpu.system) / 1000 / runs;
        results[index].serverCpu += ((await postgresBackendCpu(admin)) - server0) / runs;
      }
    }
    return [results[0], results[1]];
  }

  async function timed(runs: number, run: (i: number) => Promise<unknown>): Promise<Timed> {
    await run(0); // warm-up
    const wall: number[] = [];
    const cpu0 = process.cpuUsage();
    const server0 = await postgresBackendCpu(admin);
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      await run(i);
      wall.push(performance.now() - started);
    }
    const cpu = process.cpuUsage(cpu0);
    return { wall, cpu: (cpu.user + cpu.system) / 1000 / runs, serverCpu: ((await postgresBackendCpu(admin)) - server0) / runs };
  }
  const describe = (t: Timed) =>
    `p50 ${ms(percentile(t.wall, 50))}, p99 ${ms(percentile(t.wall, 99))}; CPU per request ${ms(t.cpu)}${isPostgres ? ` here + ${ms(t.serverCpu)} in PostgreSQL` : ""}`;
  const ratio = (a: Timed, b: Timed, p = 50) => (percentile(b.wall, p) / percentile(a.wall, p)).toFixed(1);

  const next = random(99);
  const pageCount = Math.ceil(DOCUMENTS / 50);
  const pages = Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? 1 : 1 + Math.floor(next() * pageCount)));

  // The list as it is: the page's documents, then each translation's progress from the summary.
  // Reference: the same page with progress grouped from the page's paragraphs, as before.
  const [list, oldList] = await timedPair(pages.length, (i) => listDocuments({ actor, input: { page: pages[i] } }), async (i) => {
    const documents = await db.document.findMany({
      orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }],
      skip: (pages[i] - 1) * 50,
      take: 50,
      select: { id: true, title: true, sourceLang: true, lastActivityAt: true, createdBy: { select: { name: true } } },
    });
    await db.document.count();
    const ids = documents.map((d) => d.id);
    const [translations, counts] = await Promise.all([
      db.translation.findMany({ where: { documentId: { in: ids } }, select: { documentId: true, lang: true, status: true } }),
      db.segment.groupBy({ by: ["documentId", "lang", "state"], where: { documentId: { in: ids }, removedInRevision: null }, _count: { _all: true } }),
      db.publication.groupBy({ by: ["documentId", "lang"], where: { documentId: { in: ids } }, _max: { sourceRevision: true } }),
    ]);
    return translations.map((t) => summariseProgress(counts.filter((c) => c.documentId === t.documentId).flatMap((c) => Array(c._count._all).fill(c.state))));
  },
  );
  console.log(`  list (50 per page, page 1 and random pages of ${pageCount.toLocaleString("en")}): ${describe(list)}`);
  console.log(`    reference, progress grouped from the page's paragraphs: ${describe(oldList)}; ratio ${ratio(list, oldList)} at p50, ${ratio(list, oldList, 99)} at p99`);

  // Searches: a common word, a rare word, two words, a three-letter prefix, an article's number.
  const queries = Array.from({ length: 100 }, (_, i) => {
    const r = next();
    switch (i % 5) {
      case 0:
        return wordAt(r * 0.3); // common
      case 1:
        return wordAt(0.9 + r * 0.1); // rare
      case 2:
        return `${wordAt(r * 0.5)} ${wordAt(next() * 0.8)}`;
      case 3:
        return wordAt(r).slice(0, 3);
      default:
        return `article ${Math.floor(r * DOCUMENTS)}`;
    }
  });
  // What a search answered: its count (capped at 1,000 since decision 028, "more than").
  const counted = { total: 0, capped: 0, runs: 0 };
  const tally = (found: { total: number; isTotalCapped?: boolean; isSearchCapped?: boolean }) => {
    counted.total += found.total;
    counted.runs += 1;
    if (found.isTotalCapped || found.isSearchCapped) counted.capped += 1;
  };
  const tallied = () => {
    const text = `${Math.round(counted.total / counted.runs).toLocaleString("en")} listed as matching on average, ${counted.capped} of ${counted.runs} capped`;
    Object.assign(counted, { total: 0, capped: 0, runs: 0 });
    return text;
  };
  const search = await timed(queries.length, async (i) => tally(await listDocuments({ actor, input: { q: queries[i] } })));
  console.log(`  search by an administrator (title and French, page 1; common and rare words, two words, prefixes, numbers; ${tallied()}): ${describe(search)}`);
  // The same searches by a translator, who may not see confidential articles (one in ten here,
  // marked once, the same in every run): confidentiality applied to the matches.
  await db.document.updateMany({ where: { id: { endsWith: "0" }, confidential: false }, data: { confidential: true } });
  const translator = { id: "bench-archive-translator", email: "bench-translator@example.com", name: "Bench Translator", uiLanguage: "en", role: "TRANSLATOR" as const };
  const searchTranslator = await timed(queries.length, async (i) => tally(await listDocuments({ actor: translator, input: { q: queries[i] } })));
  console.log(`  search by a translator (10% of articles confidential; ${tallied()}): ${describe(searchTranslator)}`);
  // With a filter that few articles pass: the articles in review (the newest 500 only).
  const searchFiltered = await timed(queries.length / 5, async (i) => tally(await listDocuments({ actor: translator, input: { q: queries[i * 5], state: "in-review" } })));
  console.log(`  search by a translator of a common word, filtered to articles in review (${tallied()}): ${describe(searchFiltered)}`);
  const listTranslator = await timed(50, (i) => listDocuments({ actor: translator, input: { page: pages[i] } }));
  console.log(`  list by a translator (confidentiality applied, page 1 and random pages): ${describe(listTranslator)}`);
  // Reference: the same words found without the index, by scanning titles and French texts.
  const likeQueries = queries.filter((_, i) => i % 5 === 1).slice(0, 3);
  const scan = await timed(likeQueries.length, (i) =>
    db.document.findMany({
      where: { OR: [{ title: { contains: likeQueries[i] } }, { sourceRevisions: { some: { content: { contains: likeQueries[i] } } } }] },
      orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }],
      take: 50,
      select: { id: true },
    }),
  );
  console.log(`    reference, a rare word by scanning titles and French (LIKE, no index): ${describe(scan)}; ratio ${ratio(search, scan)} at p50`);

  // The whole archive's progress: the summary's rows against every paragraph grouped.
  const summed = await timed(5, () => db.segmentStateCount.groupBy({ by: ["state"], _sum: { count: true } }));
  const grouped = await timed(3, () => db.segment.groupBy({ by: ["state"], where: { removedInRevision: null }, _count: { _all: true } }));
  console.log(`  the whole archive's progress from the summary: ${describe(summed)}`);
  console.log(`    reference, grouping all ${(DOCUMENTS * PARAGRAPHS).toLocaleString("en")} paragraphs: ${describe(grouped)}; ratio ${ratio(summed, grouped)}`);

  await db.$disconnect();
  await admin?.end();
}

// ---------------------------------------------------------------------------------------------

const loadAverage = () => loadavg().map((value) => value.toFixed(2)).join(", ");

function runMeasurement(databaseUrl: string) {
  console.log(`  load average before measuring (1, 5, 15 min): ${loadAverage()}`);
  const child = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", import.meta.filename], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, BENCH_ARCHIVE_MEASURE: "1" },
    stdio: "inherit",
  });
  if (child.status !== 0) throw new Error("the measurement failed");
  console.log(`  load average after measuring (1, 5, 15 min): ${loadAverage()}`);
}

/** Articles in a kept SQLite archive (0 if it has none or no schema). */
function sqliteDocuments(): number {
  const database = new Database(SQLITE_FILE, { readonly: true });
  try {
    return (database.prepare(`SELECT count(*) AS n FROM "Document"`).get() as { n: number }).n;
  } catch {
    return 0;
  } finally {
    database.close();
  }
}

/** Articles in a kept PostgreSQL archive (0 if the database does not exist or has no schema). */
async function postgresDocuments(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Document"`);
    return Number(rows[0].n);
  } catch {
    return 0;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

async function main() {
  console.log(`archive: ${DOCUMENTS.toLocaleString("en")} articles x ${PARAGRAPHS} paragraphs = ${(DOCUMENTS * PARAGRAPHS).toLocaleString("en")} paragraphs`);
  if (DATABASES.includes("sqlite")) {
    mkdirSync(path.dirname(SQLITE_FILE), { recursive: true });
    const url = `file:${SQLITE_FILE}`;
    if (REUSE && existsSync(SQLITE_FILE) && sqliteDocuments() === DOCUMENTS) {
      migrate(url);
      console.log(`SQLite: reusing the filled ${SQLITE_FILE}; database file ${mib(statSync(SQLITE_FILE).size)}`);
    } else {
      for (const suffix of ["", "-wal", "-shm"]) rmSync(`${SQLITE_FILE}${suffix}`, { force: true });
      migrate(url);
      const cpu0 = process.cpuUsage();
      const fill = fillSqlite();
      const cpu = process.cpuUsage(cpu0);
      console.log(`SQLite: filled in ${(fill / 1000).toFixed(1)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s); database file ${mib(statSync(SQLITE_FILE).size)}`);
    }
    runMeasurement(url);
    if (!KEEP) for (const suffix of ["", "-wal", "-shm"]) rmSync(`${SQLITE_FILE}${suffix}`, { force: true });
  }
  if (DATABASES.includes("postgres")) {
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    const url = new URL(POSTGRES_ADMIN_URL);
    url.pathname = `/${POSTGRES_DATABASE}`;
    if (REUSE && (await postgresDocuments(url.toString())) === DOCUMENTS) {
      migrate(url.toString());
      const { rows } = await admin.query<{ size: string }>(`SELECT pg_database_size($1) AS size`, [POSTGRES_DATABASE]);
      console.log(`PostgreSQL: reusing the filled ${POSTGRES_DATABASE}; database ${mib(Number(rows[0].size))}`);
    } else {
      await admin.query(`DROP DATABASE IF EXISTS "${POSTGRES_DATABASE}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${POSTGRES_DATABASE}"`);
      migrate(url.toString());
      const cpu0 = process.cpuUsage();
      const fill = await fillPostgres(url.toString());
      const cpu = process.cpuUsage(cpu0);
      const { rows } = await admin.query<{ size: string }>(`SELECT pg_database_size($1) AS size`, [POSTGRES_DATABASE]);
      console.log(`PostgreSQL: filled in ${(fill / 1000).toFixed(1)} s (CPU of this process ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s); database ${mib(Number(rows[0].size))}`);
    }
    runMeasurement(url.toString());
    if (!KEEP) await admin.query(`DROP DATABASE IF EXISTS "${POSTGRES_DATABASE}" WITH (FORCE)`);
    await admin.end();
  }
}

(process.env.BENCH_ARCHIVE_MEASURE ? measure() : main()).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
