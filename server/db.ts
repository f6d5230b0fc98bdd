import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/prisma-postgres/client";
import { env } from "./env";
import { onShutdown } from "./lifecycle.js";
import { noteDatabaseFailure } from "./database-errors";
import { reusePreparedStatements } from "./sqlite-statement-cache";

export type Db = PrismaClient;
/** The client handed to a `db.$transaction(async (tx) => ...)` callback. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export const isPostgres = /^postgres(ql)?:\/\//i.test(env.DATABASE_URL);

/**
 * How long a PostgreSQL connection attempt may take before the request fails with 503
 * DATABASE_UNAVAILABLE, in ms: without it, a server that went away silently holds requests
 * until the operating system gives up (minutes).
 */
export const DATABASE_CONNECT_TIMEOUT_MS = 5_000;

/** The PostgreSQL connection pool, ours so that its use can be measured (/api/metrics) and released on shutdown. */
export type PoolStats = { size: number; idle: number; waiting: number; max: number };

function createPool(): pg.Pool {
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE, connectionTimeoutMillis: DATABASE_CONNECT_TIMEOUT_MS });
  // A connection dropped while idle (PostgreSQL restarted) is discarded by the pool; without a
  // listener the 'error' event would end the process.
  pool.on("error", () => undefined);
  return pool;
}

function createClient(): { client: PrismaClient; pool: pg.Pool | null } {
  if (isPostgres) {
    const pool = createPool();
    // Both clients come from the same schema (prisma/postgres is derived from prisma/schema.prisma),
    // so they have the same API; the SQLite client's type stands for both.
    const client = new PostgresPrismaClient({ adapter: new PrismaPg(pool), log: [{ emit: "event", level: "error" }] });
    client.$on("error", noteDatabaseFailure);
    return { client: client as unknown as PrismaClient, pool };
  }
  // A writer waits up to 5 s for another writer's lock instead of failing at once.
  const adapter = new PrismaBetterSqlite3({ url: env.DATABASE_URL, timeout: 5000 });
  const connect = adapter.connect.bind(adapter);
  adapter.connect = async () => {
    const connection = await connect();
    reusePreparedStatements((connection as unknown as { client: Parameters<typeof reusePreparedStatements>[0] }).client);
    return connection;
  };
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "error" }] });
  // A page whose query fails on an unavailable database is answered 503, not 500 (decision 018).
  client.$on("error", noteDatabaseFailure);
  return { client, pool: null };
}

// One client per process: in development Next reloads modules, and in production each route's
// bundle may load this module again, so it is kept on globalThis.
const holder = globalThis as unknown as { visAVisDb?: { client: PrismaClient; pool: pg.Pool | null } };
const created = holder.visAVisDb ?? createClient();
if (!holder.visAVisDb) {
  holder.visAVisDb = created;
  // Released last on shutdown, once in-flight requests are done (server/lifecycle.js).
  onShutdown(async () => {
    await created.client.$disconnect();
    await created.pool?.end();
  }, "release");
}

export const db: PrismaClient = created.client;

/** The PostgreSQL pool's use, or null on SQLite (one connection, no pool). */
export function databasePoolStats(): PoolStats | null {
  const pool = created.pool;
  return pool ? { size: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: env.DATABASE_POOL_SIZE } : null;
}
