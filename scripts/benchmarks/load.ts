// Load script (prints figures; not a test): editors read and save paragraphs as fast as the
// server answers (closed loop, no think time), spread over app instances, and a bare reference
// server (reference-server.ts: Node's http, the same driver, the same statements, no framework)
// is measured in the same run under the same load.
//   1. SQLite, one instance, 20 editors;  2. PostgreSQL, two instances, 20 editors.
// For each: reads per second, saves per second, p50/p99 latency, conflicts (409), the servers'
// CPU time (user+sys) per request, and the app's throughput as a fraction of the reference's.
//
// "0 lost updates" is proved by the revision chain, read from the database after the run: for
// every paragraph, each revision's `before` is the previous revision's `after`, every
// acknowledged save is the revision at the version the server answered, and the paragraph's
// final text is the last acknowledged save's. A last-write-wins server fails it.
//
//   npm run bench:load   LOAD_SECONDS (per phase, 10 by default), LOAD_WARMUP_SECONDS (3), LOAD_EDITORS (20),
//                        LOAD_ONLY=sqlite|postgres, LOAD_POSTGRES_URL or TEST_DATABASE_URL
//                        (a PostgreSQL server where a scratch database can be created),
//                        LOAD_DATABASE_PREFIX (the scratch database's name prefix, vav_load_ by default),
//                        LOAD_PORT (first of 6 ports, 3180 by default). To profile the app's servers:
//                        INSTANCE_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" (scripts/lib/app-instance.ts).
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { prepareDatabase, startInstance, type AppInstance } from "../lib/app-instance";
import { signInOverHttp } from "./http-session";
import { ms, percentile } from "./stats";

const root = path.resolve(import.meta.dirname, "../..");
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
/** Unmeasured reads and saves first, so that the servers' code is compiled by the JIT when measuring. */
const WARMUP_SECONDS = Number(process.env.LOAD_WARMUP_SECONDS ?? 3);
const EDITORS = Number(process.env.LOAD_EDITORS ?? 20);
const ONLY = process.env.LOAD_ONLY;
const PORT = Number(process.env.LOAD_PORT ?? 3180);
const PARAGRAPHS = 200;
const POSTGRES = process.env.LOAD_POSTGRES_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
/** The scratch PostgreSQL database's name starts with this (a shared server: each user their own prefix). */
const DATABASE_PREFIX = process.env.LOAD_DATABASE_PREFIX ?? "vav_load_";
const ACCOUNTS = ["translator@example.com:demo-translator", "reviewer@example.com:demo-reviewer", "admin@example.com:demo-admin"];
// 20 editors share three accounts, each some hundreds of requests a second: far over the API's
// default 1,200 requests a minute per account. The limit stays on (its counting is part of what
// is measured) but high enough never to refuse.
const INSTANCE_ENV = { API_RATE_LIMIT_PER_MINUTE: "1000000", LOG_REQUESTS: "false" };

type Server = { url: string; pid: number; stop: () => void };
type Editor = { server: Server; headers: Record<string, string> };
type Ack = { segmentId: string; text: string; version: number };

/** CPU time (user+sys) a process has used so far, in ms (Linux /proc). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

async function startReference(databaseUrl: string, port: number): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/benchmarks/reference-server.ts"), String(port), databaseUrl], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`the reference server exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}`, pid: child.pid ?? 0, stop: () => child.kill("SIGTERM") };
}

async function createLoadDocument(instance: AppInstance, cookie: string): Promise<{ id: string; version: number }[]> {
  const pairs = Array.from({ length: PARAGRAPHS }, (_, i) => ({
    kind: i === 0 ? "TITLE" : "BODY",
    sourceText: `Paragraphe ${i} : Moscou et New Delhi.`,
    targetText: `Paragraph ${i}: Moscow and New Delhi.`,
  }));
  const response = await fetch(`${instance.url}/api/documents`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ title: "Load", pairs }),
  });
  const { id } = ((await response.json()) as { data: { id: string } }).data;
  const detail = (await (await fetch(`${instance.url}/api/documents/${id}`, { headers: { cookie } })).json()) as {
    data: { segments: { id: string; version: number }[] };
  };
  return detail.data.segments;
}

/** Mostly an editor's own paragraphs, sometimes one of five shared ones, where conflicts happen. */
function pickSegment(ids: string[], editor: number, round: number): string {
  return Math.random() < 0.9 ? ids[(editor * 4 + (round % 4)) % ids.length] : ids[round % 5];
}

type PhaseResult = { requests: number; seconds: number; latencies: number[]; cpuMs: number; conflicts: number; failures: number };

async function phase(editors: Editor[], servers: Server[], seconds: number, work: (editor: Editor, index: number, round: number) => Promise<"ok" | "conflict" | "failure">) {
  const cpuBefore = servers.map((s) => cpuMs(s.pid));
  const latencies: number[] = [];
  let conflicts = 0;
  let failures = 0;
  const deadline = Date.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    editors.map(async (editor, index) => {
      for (let round = 0; Date.now() < deadline; round += 1) {
        const t0 = performance.now();
        const outcome = await work(editor, index, round);
        latencies.push(performance.now() - t0);
        if (outcome === "conflict") conflicts += 1;
        if (outcome === "failure") failures += 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const cpu = servers.reduce((sum, s, i) => sum + cpuMs(s.pid) - cpuBefore[i], 0);
  return { requests: latencies.length - conflicts - failures, seconds: elapsed, latencies, cpuMs: cpu, conflicts, failures } satisfies PhaseResult;
}

/** Reads, then saves, at full speed, after a warm-up of both; returns the figures and every acknowledged save. */
async function measure(servers: Server[], editors: Editor[], segments: { id: string; version: number }[]) {
  const ids = segments.map((s) => s.id);
  const read = async ({ server, headers }: Editor, index: number, round: number) => {
    const response = await fetch(`${server.url}/api/segments/${pickSegment(ids, index, round)}`, { headers });
    await response.arrayBuffer();
    return response.status === 200 ? "ok" : "failure";
  };
  // Each editor knows a paragraph's version from its last answer, as the editor page does.
  const known = new Map(segments.map((s) => [s.id, s.version]));
  const acks: Ack[] = [];
  const save = async ({ server, headers }: Editor, index: number, round: number) => {
    const segmentId = pickSegment(ids, index, round);
    const text = `Round ${round} by editor ${index} (${randomUUID().slice(0, 8)}).`;
    const response = await fetch(`${server.url}/api/segments/${segmentId}`, {
      method: "PUT",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ targetText: text, version: known.get(segmentId) }),
    });
    const body = (await response.json()) as { data?: { segment: { version: number } }; error?: { details?: { current?: { version: number } } } };
    if (response.status === 200 && body.data) {
      acks.push({ segmentId, text, version: body.data.segment.version });
      known.set(segmentId, body.data.segment.version);
      return "ok";
    }
    if (response.status === 409) {
      const current = body.error?.details?.current?.version;
      if (current !== undefined) known.set(segmentId, current);
      return "conflict";
    }
    return "failure";
  };
  if (WARMUP_SECONDS > 0) {
    await phase(editors, servers, WARMUP_SECONDS / 2, read);
    await phase(editors, servers, WARMUP_SECONDS / 2, save);
  }
  const reads = await phase(editors, servers, SECONDS, read);
  const saves = await phase(editors, servers, SECONDS, save);
  return { reads, saves, acks };
}

type Revision = { segmentId: string; before: string; after: string; segmentVersion: number };

/** Lost updates by the revision chain (see the top of this file); 0 when every acknowledged save survived. */
function lostUpdates(acks: Ack[], { revisions, finalText }: { revisions: Revision[]; finalText: Map<string, string> }): { lost: number; brokenLinks: number } {
  const bySegment = new Map<string, Revision[]>();
  for (const r of revisions) bySegment.set(r.segmentId, [...(bySegment.get(r.segmentId) ?? []), r]);
  let brokenLinks = 0;
  const atVersion = new Map<string, string>();
  for (const [segmentId, chain] of bySegment) {
    chain.sort((a, b) => a.segmentVersion - b.segmentVersion);
    chain.forEach((r, i) => {
      if (i > 0 && r.before !== chain[i - 1].after) brokenLinks += 1;
      atVersion.set(`${segmentId}\u0000${r.segmentVersion}`, r.after);
    });
    if (chain.length > 0 && finalText.get(segmentId) !== chain[chain.length - 1].after) brokenLinks += 1;
  }
  let lost = 0;
  const last = new Map<string, Ack>();
  for (const ack of acks) {
    if (atVersion.get(`${ack.segmentId}\u0000${ack.version}`) !== ack.text) lost += 1;
    const previous = last.get(ack.segmentId);
    if (!previous || previous.version < ack.version) last.set(ack.segmentId, ack);
  }
  for (const [segmentId, ack] of last) if (finalText.get(segmentId) !== ack.text) lost += 1;
  return { lost, brokenLinks };
}

async function readChainSqlite(file: string, segmentIds: string[]) {
  const connection = new Database(file, { readonly: true });
  try {
    const marks = segmentIds.map(() => "?").join(",");
    const revisions = connection.prepare(`SELECT segmentId, before, after, segmentVersion FROM Revision WHERE segmentId IN (${marks}) AND reason <> 'IMPORT'`).all(...segmentIds) as Revision[];
    const rows = connection.prepare(`SELECT id, targetText FROM Segment WHERE id IN (${marks})`).all(...segmentIds) as { id: string; targetText: string }[];
    return { revisions, finalText: new Map(rows.map((r) => [r.id, r.targetText])) };
  } finally {
    connection.close();
  }
}

async function readChainPostgres(url: string, segmentIds: string[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const revisions = (await client.query(`SELECT "segmentId", "before", "after", "segmentVersion" FROM "Revision" WHERE "segmentId" = ANY($1) AND "reason" <> 'IMPORT'`, [segmentIds])).rows as Revision[];
    const rows = (await client.query(`SELECT "id", "targetText" FROM "Segment" WHERE "id" = ANY($1)`, [segmentIds])).rows as { id: string; targetText: string }[];
    return { revisions, finalText: new Map(rows.map((r) => [r.id, r.targetText])) };
  } finally {
    await client.end();
  }
}

const rate = (r: PhaseResult) => r.requests / r.seconds;

function line(label: string, kind: string, r: PhaseResult, reference?: PhaseResult): string {
  const count = r.requests + r.conflicts + r.failures;
  const cpu = `CPU ${(r.cpuMs / count).toFixed(2)} ms/request (user+sys, ${(r.cpuMs / 1000 / r.seconds).toFixed(2)} cores)`;
  const ratio = reference ? `, ${(rate(r) / rate(reference)).toFixed(2)}× the reference` : "";
  return (
    `  ${label.padEnd(10)} ${kind.padEnd(6)} ${rate(r).toFixed(0).padStart(6)}/s, p50 ${ms(percentile(r.latencies, 50))}, p99 ${ms(percentile(r.latencies, 99))}, ` +
    `${r.conflicts} conflicts (409), ${r.failures} failures, ${cpu}${ratio}`
  );
}

/** One database: the app's instances and as many reference servers, measured in turn. */
async function run(label: string, databaseUrl: string, instanceCount: number, readChain: (ids: string[]) => Promise<{ revisions: Revision[]; finalText: Map<string, string> }>) {
  const instances = await Promise.all(Array.from({ length: instanceCount }, (_, i) => startInstance(databaseUrl, PORT + i, INSTANCE_ENV)));
  let app: Awaited<ReturnType<typeof measure>>;
  let segments: { id: string; version: number }[];
  try {
    const editors: Editor[] = await Promise.all(
      Array.from({ length: EDITORS }, async (_, i) => {
        const instance = instances[i % instances.length];
        const [email, password] = ACCOUNTS[i % ACCOUNTS.length].split(":");
        const { cookie } = await signInOverHttp(instance.url, email, password);
        // The app's own pages send Origin on writes; so does this editor.
        return { server: instance, headers: { cookie, origin: instance.url } };
      }),
    );
    segments = await createLoadDocument(instances[0], editors[0].headers.cookie);
    app = await measure(instances, editors, segments);
  } finally {
    instances.forEach((instance) => instance.stop());
    await Promise.all(instances.map((instance) => instance.exited));
  }
  const ids = segments.map((s) => s.id);
  const appChain = lostUpdates(app.acks, await readChain(ids));

  const references = await Promise.all(Array.from({ length: instanceCount }, (_, i) => startReference(databaseUrl, PORT + 3 + i)));
  let reference: Awaited<ReturnType<typeof measure>>;
  try {
    // The reference continues from the versions the app left.
    const current = await Promise.all(ids.map(async (id) => ((await (await fetch(`${references[0].url}/api/segments/${id}`)).json()) as { data: { version: number } }).data.version));
    const editors: Editor[] = Array.from({ length: EDITORS }, (_, i) => ({ server: references[i % references.length], headers: { "x-account": ACCOUNTS[i % ACCOUNTS.length].split(":")[0] } }));
    reference = await measure(references, editors, ids.map((id, i) => ({ id, version: current[i] })));
  } finally {
    references.forEach((r) => r.stop());
  }
  const referenceChain = lostUpdates(reference.acks, await readChain(ids));

  console.log(`${label}: ${EDITORS} editors over ${instanceCount} instance(s), ${SECONDS} s per phase`);
  console.log(line("app", "reads", app.reads, reference.reads));
  console.log(line("reference", "reads", reference.reads));
  console.log(line("app", "saves", app.saves, reference.saves));
  console.log(line("reference", "saves", reference.saves));
  console.log(`  revision chain: app ${app.acks.length} acknowledged saves, lost updates: ${appChain.lost}, broken links: ${appChain.brokenLinks}; reference lost updates: ${referenceChain.lost}, broken links: ${referenceChain.brokenLinks}`);
}

async function main() {
  const { ensureBuild } = (await import("../lib/build.js")) as { ensureBuild: (root: string, env: NodeJS.ProcessEnv) => Promise<void> };
  await ensureBuild(root, process.env);
  console.log(`bench:load on ${process.version}, Next.js production build; latencies are per request as the client sees them`);

  if (ONLY !== "postgres") {
    const file = path.join(root, "tests", ".tmp", "load.db");
    mkdirSync(path.dirname(file), { recursive: true });
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
    prepareDatabase(`file:${file}`);
    await run("SQLite", `file:${file}`, 1, (ids) => readChainSqlite(file, ids));
  }

  if (ONLY !== "sqlite") {
    const database = `${DATABASE_PREFIX}${randomUUID().replace(/-/g, "").slice(0, 12)}`;
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: POSTGRES });
      await client.connect();
      await client.query(sql).finally(() => client.end());
    };
    await admin(`CREATE DATABASE "${database}"`);
    const url = new URL(POSTGRES);
    url.pathname = `/${database}`;
    try {
      prepareDatabase(url.toString());
      await run("PostgreSQL", url.toString(), 2, (ids) => readChainPostgres(url.toString(), ids));
    } finally {
      await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
