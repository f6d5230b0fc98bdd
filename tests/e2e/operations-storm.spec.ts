// A deploy and a database crash under a storm of saves, on loopback only: two instances on a
// PostgreSQL server of the test's own, behind a round-robin proxy. Mid-storm one instance gets
// SIGTERM and is restarted (a deploy); later PostgreSQL is killed (SIGKILL, every backend) and
// restarted 3 s later. Clients save as the editor does: on 503 or an unreachable server they
// send the same text with the same version again; a 409 whose paragraph already holds their
// text means an earlier attempt landed. Afterwards every acknowledged save is in the database
// with its revision, exactly once, and no request got a 500. Bounded: about 30 s of storm.
import { expect, test } from "@playwright/test";
import pg from "pg";
import { prepareDatabase, startInstance, type AppInstance } from "../../scripts/lib/app-instance";
import { signInOverHttp } from "../../scripts/benchmarks/http-session";
import { startRoundRobinProxy, type RoundRobinProxy } from "../support/round-robin-proxy";
import { postgresBinaries, startScratchPostgres, type ScratchPostgres } from "../support/scratch-postgres";

test.skip(!postgresBinaries(), "needs PostgreSQL's binaries (Debian: postgresql)");
test.describe.configure({ mode: "serial" });

const PORTS = [3331, 3332];
const CLIENTS = 6;
const SIGTERM_AT_MS = 5_000;
const KILL_DATABASE_AT_MS = 14_000;
const DATABASE_DOWN_MS = 3_000;
const STORM_MS = 28_000;

let postgres: ScratchPostgres | undefined;
let proxy: RoundRobinProxy | undefined;
const instances: AppInstance[] = [];
let databaseUrl = "";

test.afterAll(async () => {
  for (const instance of instances) instance.stop();
  await Promise.all(instances.map((instance) => instance.exited));
  await proxy?.close();
  await postgres?.destroy();
});

type Ack = { segmentId: string; text: string; version: number };

test("a deploy and a database crash mid-storm lose no acknowledged save and answer no 500", async () => {
  test.setTimeout(240_000);
  postgres = await startScratchPostgres();
  const admin = new pg.Client({ connectionString: postgres.adminUrl });
  await admin.connect();
  await admin.query('CREATE DATABASE "vav_storm"');
  await admin.end();
  databaseUrl = postgres.adminUrl.replace(/\/postgres$/, "/vav_storm");
  prepareDatabase(databaseUrl);
  instances.push(...(await Promise.all(PORTS.map((port) => startInstance(databaseUrl, port, { SHUTDOWN_GRACE_MS: "8000", DATABASE_POOL_SIZE: "5" })))));
  proxy = await startRoundRobinProxy(instances.map((instance) => instance.url));
  const base = proxy.url;

  const session = await signInOverHttp(base, "translator@example.com", "demo-translator");
  const call = (route: string, init: RequestInit = {}) =>
    fetch(`${base}${route}`, { ...init, headers: { cookie: session.cookie, "content-type": "application/json", ...(init.headers ?? {}) } });
  const documentId = ((await (await call("/api/documents")).json()) as { data: { documents: { id: string }[] } }).data.documents[0].id;
  const { data: document } = (await (await call(`/api/documents/${documentId}`)).json()) as { data: { segments: { id: string; kind: string; version: number }[] } };
  const segments = document.segments.filter((s) => s.kind === "BODY").slice(0, CLIENTS);
  expect(segments).toHaveLength(CLIENTS);

  const statuses = new Map<number, number>();
  const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
  const acknowledged: Ack[] = [];
  const lostTrack: string[] = [];
  const startedAt = Date.now();
  let isStorming = true;

  /** One client owning one paragraph, saving as the editor does. */
  const client = async (segment: { id: string; version: number }, index: number) => {
    let version = segment.version;
    for (let n = 0; isStorming; n += 1) {
      const text = `Client ${index}, save ${n}.`;
      for (let attempt = 0; ; attempt += 1) {
        let status = 0;
        let body: { data?: { segment: { version: number } }; error?: { details?: { current?: { targetText: string; version: number } } } } = {};
        try {
          const response = await call(`/api/segments/${segment.id}`, { method: "PUT", body: JSON.stringify({ targetText: text, version }) });
          status = response.status;
          body = await response.json().catch(() => ({}));
        } catch {
          status = 0;
        }
        count(status);
        if (status === 200 && body.data) {
          version = body.data.segment.version;
          acknowledged.push({ segmentId: segment.id, text, version });
          break;
        }
        const current = body.error?.details?.current;
        if (status === 409 && current) {
          if (current.targetText === text) {
            // An earlier attempt landed; its answer was lost on the way.
            version = current.version;
            acknowledged.push({ segmentId: segment.id, text, version });
          } else lostTrack.push(`${segment.id}: 409 with ${current.targetText}`);
          break;
        }
        if (status === 500 || attempt > 200) {
          lostTrack.push(`${segment.id}: status ${status} after ${attempt} attempts`);
          break;
        }
        // 503 (with Retry-After), 502 or no answer: wait a little and send the same again.
        await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, 100 * 2 ** Math.min(attempt, 4))));
      }
    }
  };

  const storm = Promise.all(segments.map((segment, index) => client(segment, index)));
  const at = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, startedAt + ms - Date.now())));

  // A deploy: SIGTERM to the first instance, which drains and exits 0; then it starts again.
  await at(SIGTERM_AT_MS);
  const acksBeforeDeploy = acknowledged.length;
  instances[0].stop();
  const exitCode = await instances[0].exited;
  instances[0] = await startInstance(databaseUrl, PORTS[0], { SHUTDOWN_GRACE_MS: "8000", DATABASE_POOL_SIZE: "5" });

  // A database crash: every PostgreSQL process killed, back 3 s later (crash recovery).
  await at(KILL_DATABASE_AT_MS);
  const acksBeforeCrash = acknowledged.length;
  await postgres.kill();
  // Meanwhile someone opens the document's page: an honest 503, not a 500.
  const pageStatuses: number[] = [];
  const downUntil = Date.now() + DATABASE_DOWN_MS;
  while (Date.now() < downUntil - 500) {
    pageStatuses.push((await fetch(`${base}/documents/${documentId}`, { headers: { cookie: session.cookie }, redirect: "manual" })).status);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, downUntil - Date.now())));
  await postgres.start();
  const acksAtRecovery = acknowledged.length;

  await at(STORM_MS);
  isStorming = false;
  await storm;

  console.log(
    `storm: ${acknowledged.length} acknowledged saves; statuses ${JSON.stringify(Object.fromEntries(statuses))}; ` +
      `deploy at ${acksBeforeDeploy} (exit ${exitCode}), crash at ${acksBeforeCrash}, recovered at ${acksAtRecovery}; pages during the outage ${pageStatuses.join(",")}`,
  );
  expect(pageStatuses.length).toBeGreaterThan(0);
  expect(pageStatuses.filter((status) => status !== 503)).toEqual([]);
  expect(exitCode).toBe(0);
  expect(lostTrack).toEqual([]);
  expect(statuses.get(500) ?? 0).toBe(0);
  // The outage was answered honestly, and the storm went on after both events.
  expect(statuses.get(503) ?? 0).toBeGreaterThan(0);
  expect(acknowledged.length).toBeGreaterThan(acksAtRecovery);
  expect(acksBeforeCrash).toBeGreaterThan(acksBeforeDeploy);

  // Every acknowledged save is in the database with its revision, exactly once.
  const check = new pg.Client({ connectionString: databaseUrl });
  await check.connect();
  try {
    const { rows } = await check.query<{ segmentId: string; after: string; n: string }>(
      `SELECT "segmentId", "after", COUNT(*) AS n FROM "Revision" WHERE "segmentId" = ANY($1) AND "after" LIKE 'Client %' GROUP BY "segmentId", "after"`,
      [segments.map((s) => s.id)],
    );
    const saved = new Map(rows.map((row) => [`${row.segmentId}\n${row.after}`, Number(row.n)]));
    const missing = acknowledged.filter((ack) => saved.get(`${ack.segmentId}\n${ack.text}`) !== 1);
    expect(missing).toEqual([]);
    expect(rows.length).toBe(acknowledged.length);
    for (const segment of segments) {
      const last = acknowledged.filter((ack) => ack.segmentId === segment.id).at(-1);
      const { rows: current } = await check.query<{ targetText: string; version: number }>(`SELECT "targetText", "version" FROM "Segment" WHERE "id" = $1`, [segment.id]);
      expect(current[0]).toEqual({ targetText: last?.text, version: last?.version });
    }
  } finally {
    await check.end();
  }

  // The instances recovered by themselves: both ready again.
  for (const instance of instances) {
    await expect.poll(async () => (await fetch(`${instance.url}/api/health/ready`)).status, { timeout: 20_000 }).toBe(200);
  }
});
