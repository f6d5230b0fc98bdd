import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

export type Db = PrismaClient;
/** The client handed to a `db.$transaction(async (tx) => ...)` callback. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

function createClient(): PrismaClient {
  if (/^postgres(ql)?:\/\//i.test(env.DATABASE_URL)) {
    throw new Error("PostgreSQL is not supported yet: set DATABASE_URL to a file: URL (SQLite).");
  }
  // A writer waits up to 5 s for another writer's lock instead of failing at once.
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: env.DATABASE_URL, timeout: 5000 }) });
}

// One client per process; in development Next reloads modules, so keep it on globalThis.
const holder = globalThis as unknown as { visAVisDb?: PrismaClient };

export const db: PrismaClient = holder.visAVisDb ?? createClient();
if (env.NODE_ENV !== "production") holder.visAVisDb = db;
