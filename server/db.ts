import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/prisma-postgres/client";
import { env } from "./env";

export type Db = PrismaClient;
/** The client handed to a `db.$transaction(async (tx) => ...)` callback. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export const isPostgres = /^postgres(ql)?:\/\//i.test(env.DATABASE_URL);

function createClient(): PrismaClient {
  if (isPostgres) {
    // Both clients come from the same schema (prisma/postgres is derived from prisma/schema.prisma),
    // so they have the same API; the SQLite client's type stands for both.
    return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE }) }) as unknown as PrismaClient;
  }
  // A writer waits up to 5 s for another writer's lock instead of failing at once.
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: env.DATABASE_URL, timeout: 5000 }) });
}

// One client per process; in development Next reloads modules, so keep it on globalThis.
const holder = globalThis as unknown as { visAVisDb?: PrismaClient };

export const db: PrismaClient = holder.visAVisDb ?? createClient();
if (env.NODE_ENV !== "production") holder.visAVisDb = db;
