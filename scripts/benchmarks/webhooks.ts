// Webhook delivery figures (prints figures; not a test): two worker processes (one per app
// instance in production) share a scratch PostgreSQL database and deliver to a receiver on
// 127.0.0.1. Prints deliveries per second (draining a backlog of committed events), the
// commit→delivery lag at p50/p99 at a steady rate (commit: when the change's transaction
// returned; delivery: when the receiver read the request), duplicates (must be 0), and, as a
// reference measured in the same run, the bare receiver's throughput with the same number of
// requests in flight, and the ratio.
//
//   npm run bench:webhooks   (WEBHOOK_BENCH_EVENTS=2000, WEBHOOK_BENCH_RATE=50 events/s for
//                             the lag phase; BENCH_POSTGRES_URL or TEST_DATABASE_URL names a
//                             PostgreSQL server where a scratch database can be created)
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import pg from "pg";
import { prepareDatabase } from "../lib/app-instance";
import { ms, percentile } from "./stats";

const root = path.resolve(import.meta.dirname, "../..");
const POSTGRES = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const EVENTS = Number(process.env.WEBHOOK_BENCH_EVENTS ?? 2000);
const RATE = Number(process.env.WEBHOOK_BENCH_RATE ?? 50);
const STEADY_SECONDS = 10;
const WORKERS = 2;

type Receiver = { url: string; arrivals: Map<string, number[]>; close: () => Promise<void> };

async function startReceiver(): Promise<Receiver> {
  const arrivals = new Map<string, number[]>();
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      const id = String(request.headers["webhook-id"] ?? "");
      if (id) arrivals.set(id, [...(arrivals.get(id) ?? []), performance.now()]);
      response.statusCode = 204;
      response.end();
    });
  });
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks`, arrivals, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The bare receiver: the same kind of signed-size POSTs, `inFlight` at a time, no database. */
async function referenceThroughput(url: string, count: number, inFlight: number): Promise<number> {
  const body = JSON.stringify({ type: "publication.created", timestamp: new Date().toISOString(), data: { documentId: "x".repeat(25), lang: "en", version: 1 } });
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    while (next < count) {
      next += 1;
      await new Promise<void>((resolve, reject) => {
        const outgoing = httpRequest(url, { method: "POST", agent: false, headers: { "content-type": "application/json", "webhook-id": `ref_${randomUUID()}` } }, (response) => {
          response.resume();
          response.on("end", resolve);
        });
        outgoing.on("error", reject);
        outgoing.end(body);
      });
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  return count / ((performance.now() - started) / 1000);
}

function startWorker(databaseUrl: string): ChildProcess {
  return spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts/benchmarks/webhook-worker-process.ts")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, WEBHOOK_ALLOWED_HOSTS: "127.0.0.1", NODE_ENV: "production", NEXTAUTH_SECRET: randomUUID() + randomUUID() },
    stdio: ["ignore", "inherit", "inherit"],
  });
}

async function waitFor(condition: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out waiting for deliveries");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function main() {
  const database = `vav_webhooks_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: POSTGRES });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE "${database}"`);
  const url = new URL(POSTGRES);
  url.pathname = `/${database}`;
  const databaseUrl = url.toString();
  const receiver = await startReceiver();
  const workers: ChildProcess[] = [];
  // Never leave a worker behind, whatever ends this process.
  process.once("exit", () => workers.forEach((worker) => worker.kill("SIGTERM")));
  try {
    prepareDatabase(databaseUrl);
    // The server modules read the environment once, when first imported.
    process.env.DATABASE_URL = databaseUrl;
    process.env.WEBHOOK_ALLOWED_HOSTS = "127.0.0.1";
    const { db } = await import("../../server/db");
    const { createWebhook } = await import("../../server/services/webhooks/create-webhook");
    const { enqueueWebhookEvent } = await import("../../server/services/webhooks/enqueue-webhook-event");
    const { WEBHOOK_CONCURRENCY } = await import("../../server/services/webhooks/deliver-webhooks");
    const { WEBHOOK_POLL_MS } = await import("../../server/services/webhooks/webhook-worker");
    const account = await db.user.findFirstOrThrow({ where: { role: "ADMIN" }, select: { id: true, email: true, name: true, role: true, uiLanguage: true } });
    await createWebhook({ actor: { ...account, role: "ADMIN" }, input: { url: receiver.url, events: ["publication.created"] } });

    const inFlight = WORKERS * WEBHOOK_CONCURRENCY;
    const reference = await referenceThroughput(receiver.url, Math.min(EVENTS, 2000), inFlight);
    receiver.arrivals.clear();

    const committed = new Map<string, number>();
    /** One change: one transaction enqueuing one event, as a publication does. */
    const commitOne = async (version: number) => {
      const id = await db.$transaction((tx) =>
        enqueueWebhookEvent(tx, "publication.created", {
          documentId: "bench",
          lang: "en",
          version,
          contentHash: "0".repeat(64),
          sourceRevision: 1,
          exports: Object.fromEntries(["html", "md", "txt", "json", "docx", "xliff12", "xliff20", "tmx"].map((format) => [format, `http://localhost:3000/api/documents/bench/export?format=${format}`])) as never,
        }),
      );
      if (id) committed.set(id, performance.now());
    };
    const lags = () => [...committed].flatMap(([id, at]) => (receiver.arrivals.get(id)?.[0] ?? Number.NaN) - at).filter((lag) => Number.isFinite(lag));

    // 1. Throughput: a backlog of EVENTS changes committed (10 writers) while no worker runs, as
    //    after an outage; then both workers start and drain it. Deliveries per second are counted
    //    from the first delivery to the last, so neither the writers nor the workers' start count.
    const commitStart = performance.now();
    let version = 0;
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (version < EVENTS) await commitOne(++version);
      }),
    );
    const commitRate = EVENTS / ((performance.now() - commitStart) / 1000);
    for (let index = 0; index < WORKERS; index += 1) workers.push(startWorker(databaseUrl));
    await waitFor(() => [...committed.keys()].every((id) => receiver.arrivals.has(id)), 300_000);
    const times = [...committed.keys()].map((id) => receiver.arrivals.get(id)![0]);
    const burstRate = (EVENTS - 1) / ((Math.max(...times) - Math.min(...times)) / 1000);
    // Let the workers settle into polling before the lag is measured.
    await new Promise((resolve) => setTimeout(resolve, 2_000));

    // 2. Steady: RATE changes per second for STEADY_SECONDS, below capacity: the lag a CMS sees.
    committed.clear();
    const steadyStart = performance.now();
    const total = RATE * STEADY_SECONDS;
    // At most 10 changes in flight (the pool's size): a change that cannot start on time starts late.
    const inFlightChanges = new Set<Promise<void>>();
    for (let index = 0; index < total; index += 1) {
      const due = steadyStart + (index * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (inFlightChanges.size >= 10) await Promise.race(inFlightChanges);
      const change: Promise<void> = commitOne(EVENTS + index + 1).finally(() => inFlightChanges.delete(change));
      inFlightChanges.add(change);
    }
    await Promise.all(inFlightChanges);
    const steadyRate = total / ((performance.now() - steadyStart) / 1000);
    await waitFor(() => [...committed.keys()].every((id) => receiver.arrivals.has(id)), 120_000);
    const steadyLags = lags();

    // The receiver has everything; the workers record a pass's attempts right after it.
    for (let wait = 0; wait < 100 && (await db.webhookDelivery.count({ where: { status: { not: "DELIVERED" } } })) > 0; wait += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    const duplicates = [...receiver.arrivals.values()].filter((times) => times.length > 1).length;
    const attempts = await db.webhookAttempt.count();
    console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((value) => value.toFixed(1)).join(" ")} at the end`);
    console.log(`webhooks: ${WORKERS} worker processes on PostgreSQL, receiver on 127.0.0.1, ${WEBHOOK_CONCURRENCY} sends in flight per worker, polling every ${WEBHOOK_POLL_MS} ms when idle`);
    console.log(`backlog: ${EVENTS} events committed by 10 writers (${commitRate.toFixed(0)} commits/s), then drained by both workers: ${burstRate.toFixed(0)} deliveries/s`);
    console.log(`steady: ${RATE} events/s asked for ${STEADY_SECONDS} s (${steadyRate.toFixed(0)}/s committed): commit→delivery lag p50 ${ms(percentile(steadyLags, 50))}, p99 ${ms(percentile(steadyLags, 99))}`);
    console.log(`reference: the bare receiver with ${inFlight} requests in flight, same run: ${reference.toFixed(0)} requests/s; webhook deliveries reach ${((burstRate / reference) * 100).toFixed(1)} % of it (ratio ${(burstRate / reference).toFixed(3)})`);
    console.log(`duplicates sent: ${duplicates} (must be 0); attempts recorded: ${attempts} for ${EVENTS + total} deliveries`);
    await db.$disconnect();
  } finally {
    for (const worker of workers) worker.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await receiver.close();
    await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
