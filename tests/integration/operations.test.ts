// Readiness and honest answers during a database outage, on SQLite (another connection holds
// an exclusive lock) and on PostgreSQL (the connection to the server is cut, through a relay).
import Database from "better-sqlite3";
import { afterAll, describe, expect, it, vi } from "vitest";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy";

// Before the app's modules load: on PostgreSQL the app talks to the database through a relay
// this file can cut.
const isPostgres = /^postgres/.test(process.env.DATABASE_URL ?? "");
let proxy: TcpProxy | null = null;
if (isPostgres) {
  const url = new URL(process.env.DATABASE_URL as string);
  proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
  url.host = `127.0.0.1:${proxy.port}`;
  process.env.DATABASE_URL = url.toString();
}

const { db } = await import("@/server/db");
const { checkReadiness } = await import("@/server/services/operations/check-readiness");
const { saveSegment } = await import("@/server/services/segments/save-segment");
const { observeRoute, toErrorResponse } = await import("@/server/api/observe-route");
const { saveSegmentContract } = await import("@/server/services/segments/save-segment.schema");
const { isDatabaseUnavailable } = await import("@/server/database-errors");
const { beginShutdown } = await import("@/server/lifecycle.js");
const { mayReadMetrics, exportMetrics } = await import("@/server/services/operations/export-metrics");
const { createActor } = await import("./support/actors");
const { createSmallDocument } = await import("./support/documents");

afterAll(async () => {
  await proxy?.close();
});

/** Makes the database stop answering until the returned function is called. */
async function takeDatabaseDown(): Promise<() => Promise<void>> {
  if (proxy) {
    await proxy.cut();
    return () => (proxy as TcpProxy).restore();
  }
  const holder = new Database((process.env.DATABASE_URL as string).replace(/^file:/, ""));
  holder.exec("BEGIN EXCLUSIVE");
  return async () => {
    holder.exec("COMMIT");
    holder.close();
  };
}

const revisionsOf = (segmentId: string) => db.revision.count({ where: { segmentId } });

describe("readiness", () => {
  it("is not ready while a migration this build ships is not applied", async () => {
    const [latest] = await db.$queryRawUnsafe<{ migration_name: string }[]>("SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1");
    const row = await db.$queryRawUnsafe<Record<string, unknown>[]>("SELECT * FROM _prisma_migrations WHERE migration_name = $1".replace("$1", isPostgres ? "$1" : "?"), latest.migration_name);
    await db.$executeRawUnsafe(`UPDATE _prisma_migrations SET rolled_back_at = finished_at WHERE migration_name = ${isPostgres ? "$1" : "?"}`, latest.migration_name);
    await expect(checkReadiness()).rejects.toMatchObject({ code: "NOT_READY", params: { reason: "migrations" }, status: 503 });
    await db.$executeRawUnsafe(`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE migration_name = ${isPostgres ? "$1" : "?"}`, latest.migration_name);
    expect(row).toHaveLength(1);
    await expect(checkReadiness()).resolves.toEqual({ status: "ready", checks: { database: "ok", migrations: "ok" } });
  });

  it("is not ready while the database does not answer, and ready again once it does", async () => {
    await expect(checkReadiness()).resolves.toMatchObject({ status: "ready" });
    const bringBack = await takeDatabaseDown();
    const startedAt = Date.now();
    await expect(checkReadiness({ timeoutMs: 500 })).rejects.toMatchObject({ code: "NOT_READY", params: { reason: "database" } });
    // Answered within the time limit, not after the driver's own (much longer) timeouts.
    expect(Date.now() - startedAt).toBeLessThan(3_000);
    await bringBack();
    await expect.poll(() => checkReadiness().then((r) => r.status).catch(() => "not ready"), { timeout: 15_000, interval: 250 }).toBe("ready");
  });
});

describe("a database outage", () => {
  it("answers a save 503 DATABASE_UNAVAILABLE with Retry-After, writes nothing, and the same save succeeds once the database is back", async () => {
    const { monday } = await createSmallDocument();
    const translator = await createActor("TRANSLATOR");
    const before = await revisionsOf(monday.id);
    const bringBack = await takeDatabaseDown();
    let failure: unknown;
    try {
      await saveSegment({ actor: translator, input: { segmentId: monday.id, targetText: "Saved after the outage.", version: monday.version } });
    } catch (error) {
      failure = error;
    } finally {
      await bringBack();
    }
    expect(isDatabaseUnavailable(failure)).toBe(true);
    const response = toErrorResponse(failure);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await response.json()).toMatchObject({ error: { code: "DATABASE_UNAVAILABLE", params: { retryAfter: Number(response.headers.get("retry-after")) } } });

    // Nothing was written: the retry with the same version is accepted, once.
    await expect.poll(() => revisionsOf(monday.id).catch(() => -1), { timeout: 15_000, interval: 250 }).toBe(before);
    const saved = await saveSegment({ actor: translator, input: { segmentId: monday.id, targetText: "Saved after the outage.", version: monday.version } });
    expect(saved.segment).toMatchObject({ targetText: "Saved after the outage.", version: monday.version + 1 });
    expect(await revisionsOf(monday.id)).toBe(before + 1);
  }, 30_000);

  it("still answers 500 INTERNAL for an error that is not an outage, and logs it with its stack as one JSON line", async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    const response = (() => {
      try {
        return toErrorResponse(new TypeError("a bug"));
      } finally {
        spy.mockRestore();
      }
    })();
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ level: "error", msg: "a bug", name: "TypeError", stack: expect.arrayContaining([expect.stringMatching(/^at /)]) });
    expect(response.status).toBe(500);
    expect(response.headers.get("retry-after")).toBeNull();
    expect(await response.json()).toMatchObject({ error: { code: "INTERNAL" } });
  });
});

describe("request logs", () => {
  it("write one JSON line per request with its id, route template, status, duration and user, never the text or the query", async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    let response: Response;
    try {
      const request = new Request("http://localhost/api/segments/seg-1?q=secret%20search", {
        method: "PUT",
        headers: { "x-request-id": "proxy-id-42", "content-type": "application/json" },
        body: JSON.stringify({ targetText: "A confidential paragraph.", version: 1 }),
      });
      response = await observeRoute(saveSegmentContract, request, async () => toErrorResponse(Object.assign(new Error("Connection terminated unexpectedly"))));
    } finally {
      spy.mockRestore();
    }
    expect(response.status).toBe(503);
    expect(response.headers.get("x-request-id")).toBe("proxy-id-42");
    expect(await response.json()).toMatchObject({ error: { code: "DATABASE_UNAVAILABLE", requestId: "proxy-id-42" } });
    const logged = lines.filter((line) => line.includes('"msg":"request"'));
    expect(logged).toHaveLength(1);
    const entry = JSON.parse(logged[0]) as Record<string, unknown>;
    expect(entry).toMatchObject({ level: "warn", requestId: "proxy-id-42", method: "PUT", route: "/api/segments/{id}", status: 503, userId: null, errorCode: "DATABASE_UNAVAILABLE" });
    expect(typeof entry.durationMs).toBe("number");
    expect(new Date(String(entry.time)).getTime()).toBeGreaterThan(0);
    expect(logged[0]).not.toMatch(/confidential|secret|seg-1/);
  });

  it("replace an odd X-Request-Id with one of their own", async () => {
    const request = new Request("http://localhost/api/health", { headers: { "x-request-id": "<script>alert(1)</script>" } });
    const spy = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const response = await observeRoute(saveSegmentContract, request, async () => new Response("{}")).finally(() => spy.mockRestore());
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("metrics", () => {
  it("are served to loopback addresses and administrators only", async () => {
    const [admin, reviewer] = [await createActor("ADMIN"), await createActor("REVIEWER")];
    expect(mayReadMetrics(null, "127.0.0.1")).toBe(true);
    expect(mayReadMetrics(null, "::ffff:127.0.0.1")).toBe(true);
    expect(mayReadMetrics(null, "::1")).toBe(true);
    expect(mayReadMetrics(null, "10.0.0.7")).toBe(false);
    expect(mayReadMetrics(null, undefined)).toBe(false);
    // Through a proxy on the same machine every request comes from loopback: that grants nothing.
    expect(mayReadMetrics(null, "127.0.0.1", true)).toBe(false);
    expect(mayReadMetrics(reviewer, "10.0.0.7")).toBe(false);
    expect(mayReadMetrics(admin, "10.0.0.7")).toBe(true);
    await expect(exportMetrics({ actor: reviewer, remoteAddress: "10.0.0.7" })).rejects.toMatchObject({ code: "METRICS_FORBIDDEN", status: 403 });
  });

  it("count saves and conflicts-free approvals, and read the webhook outbox", async () => {
    const { monday } = await createSmallDocument();
    const translator = await createActor("TRANSLATOR");
    await saveSegment({ actor: translator, input: { segmentId: monday.id, targetText: "Counted.", version: monday.version } });
    const text = await exportMetrics({ actor: null, remoteAddress: "127.0.0.1" });
    expect(text).toMatch(/^# TYPE vav_segment_saves_total counter$/m);
    expect(Number(/^vav_segment_saves_total (\d+)$/m.exec(text)?.[1])).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/^vav_webhook_deliveries\{status="PENDING"\} 0$/m);
    expect(text).toMatch(/^vav_database_up 1$/m);
    if (isPostgres) expect(text).toMatch(/^vav_database_pool_max \d+$/m);
  });
});

describe("shutting down", () => {
  it("makes the instance not ready at once, so a load balancer stops sending it requests", async () => {
    beginShutdown();
    await expect(checkReadiness()).rejects.toMatchObject({ code: "NOT_READY", params: { reason: "shutting-down" } });
  });
});
