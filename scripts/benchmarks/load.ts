// Load script (prints figures; not a test): simulated editors save paragraphs for a while,
// spread over app instances, and every acknowledged save is then looked for in the history.
//   1. PostgreSQL, two instances, 50 editors;  2. SQLite, one instance, 50 editors.
// Prints saves per second, p50/p99 save latency, conflicts (409) and lost updates (must be 0).
//
//   npm run bench:load     (LOAD_SECONDS=60 by default; LOAD_POSTGRES_URL or TEST_DATABASE_URL
//                           names a PostgreSQL server where a scratch database can be created)
import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { prepareDatabase, startInstance, type AppInstance } from "../lib/app-instance";
import { signInOverHttp, type HttpSession } from "./http-session";
import { ms, percentile } from "./stats";

const root = path.resolve(import.meta.dirname, "../..");
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const EDITORS = Number(process.env.LOAD_EDITORS ?? 50);
const PARAGRAPHS = 200;
const POSTGRES = process.env.LOAD_POSTGRES_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const ACCOUNTS = ["translator@example.com:demo-translator", "reviewer@example.com:demo-reviewer", "admin@example.com:demo-admin"];
// 50 editors share three accounts, each some 20 requests a second: far over the API's default
// 1,200 requests a minute per account. The limit stays on (its counting is part of what is
// measured) but high enough never to refuse.
const INSTANCE_ENV = { API_RATE_LIMIT_PER_MINUTE: "1000000" };

type Editor = { session: HttpSession; instance: AppInstance };

async function createLoadDocument(instance: AppInstance, session: HttpSession): Promise<string[]> {
  const pairs = Array.from({ length: PARAGRAPHS }, (_, i) => ({
    kind: i === 0 ? "TITLE" : "BODY",
    sourceText: `Paragraphe ${i} : Moscou et New Delhi.`,
    targetText: `Paragraph ${i}: Moscow and New Delhi.`,
  }));
  const response = await fetch(`${instance.url}/api/documents`, {
    method: "POST",
    headers: { cookie: session.cookie, "content-type": "application/json" },
    body: JSON.stringify({ title: "Load", pairs }),
  });
  const { id } = ((await response.json()) as { data: { id: string } }).data;
  const detail = (await (await fetch(`${instance.url}/api/documents/${id}`, { headers: { cookie: session.cookie } })).json()) as {
    data: { segments: { id: string }[] };
  };
  return detail.data.segments.map((s) => s.id);
}

async function run(label: string, instances: AppInstance[]) {
  const editors: Editor[] = await Promise.all(
    Array.from({ length: EDITORS }, async (_, i) => {
      const instance = instances[i % instances.length];
      const [email, password] = ACCOUNTS[i % ACCOUNTS.length].split(":");
      return { session: await signInOverHttp(instance.url, email, password), instance };
    }),
  );
  const segmentIds = await createLoadDocument(instances[0], editors[0].session);
  const acknowledged: { segmentId: string; text: string }[] = [];
  const latencies: number[] = [];
  let conflicts = 0;
  let failures = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    editors.map(async ({ session, instance }, editor) => {
      const headers = { cookie: session.cookie, "content-type": "application/json" };
      for (let round = 0; Date.now() < deadline; round += 1) {
        // Mostly their own paragraphs, sometimes a shared one, where conflicts happen.
        const segmentId = Math.random() < 0.9 ? segmentIds[(editor * 4 + (round % 4)) % PARAGRAPHS] : segmentIds[round % 5];
        const current = (await (await fetch(`${instance.url}/api/segments/${segmentId}`, { headers })).json()) as { data: { version: number } };
        const text = `Round ${round} by editor ${editor} (${randomUUID().slice(0, 8)}).`;
        const t0 = performance.now();
        const response = await fetch(`${instance.url}/api/segments/${segmentId}`, {
          method: "PUT",
          headers,
          body: JSON.stringify({ targetText: text, version: current.data.version }),
        });
        latencies.push(performance.now() - t0);
        if (response.status === 200) acknowledged.push({ segmentId, text });
        else if (response.status === 409) conflicts += 1;
        else failures += 1;
        await response.arrayBuffer();
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 100));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;

  // Every acknowledged save must be in its paragraph's history.
  const touched = [...new Set(acknowledged.map((a) => a.segmentId))];
  const saved = new Set<string>();
  for (const segmentId of touched) {
    const { data: history } = (await (await fetch(`${instances[0].url}/api/segments/${segmentId}/history`, { headers: { cookie: editors[0].session.cookie } })).json()) as {
      data: { type: string; after?: string }[];
    };
    for (const entry of history) if (entry.type === "revision" && entry.after) saved.add(`${segmentId}\u0000${entry.after}`);
  }
  const lost = acknowledged.filter((a) => !saved.has(`${a.segmentId}\u0000${a.text}`)).length;
  console.log(
    `${label}: ${EDITORS} editors over ${instances.length} instance(s), ${SECONDS} s: ${(acknowledged.length / seconds).toFixed(0)} saves/s, ` +
      `p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}, ${conflicts} conflicts (409), ${failures} failures, lost updates: ${lost}`,
  );
}

async function main() {
  const { ensureBuild } = (await import("../lib/build.js")) as { ensureBuild: (root: string, env: NodeJS.ProcessEnv) => Promise<void> };
  await ensureBuild(root, process.env);

  const database = `vav_load_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
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
    const instances = await Promise.all([startInstance(url.toString(), 3321, INSTANCE_ENV), startInstance(url.toString(), 3322, INSTANCE_ENV)]);
    try {
      await run("PostgreSQL", instances);
    } finally {
      instances.forEach((instance) => instance.stop());
    }
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  }

  const file = path.join(root, "tests", ".tmp", "load.db");
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  prepareDatabase(`file:${file}`);
  const sqlite = await startInstance(`file:${file}`, 3323, INSTANCE_ENV);
  try {
    await run("SQLite", [sqlite]);
  } finally {
    sqlite.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
