import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { db, isPostgres } from "../../db";
import { env } from "../../env";
import { AppError } from "../../errors";
import { isShuttingDown } from "../../lifecycle.js";
import type { ReadinessDto } from "./check-readiness.schema";

/**
 * How long the database may take to answer a readiness probe, in ms. Short, so a load balancer
 * that probes every few seconds learns quickly that an instance lost its database.
 */
export const READINESS_TIMEOUT_MS = 2_000;

/** Once every migration was seen applied, they stay applied for this process's life. */
let areMigrationsCurrent = false;

/** The migrations this build ships, by folder name (as `_prisma_migrations` records them). */
function shippedMigrations(): string[] {
  const folder = isPostgres ? path.join(process.cwd(), "prisma", "postgres", "migrations") : path.join(process.cwd(), "prisma", "migrations");
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

const APPLIED_MIGRATIONS = "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL";

/**
 * The migrations the database has applied, read within `timeoutMs`. SQLite's driver waits for
 * a lock synchronously, so no timer can cut that wait short: SQLite is asked through its own
 * read-only connection whose lock wait is the time limit itself.
 */
function readAppliedMigrations(timeoutMs: number): Promise<{ migration_name: string }[]> {
  if (isPostgres) return withinTimeout(db.$queryRawUnsafe<{ migration_name: string }[]>(APPLIED_MIGRATIONS), timeoutMs);
  const connection = new Database(env.DATABASE_URL.replace(/^file:/, ""), { readonly: true, fileMustExist: true, timeout: timeoutMs });
  try {
    return Promise.resolve(connection.prepare(APPLIED_MIGRATIONS).all() as { migration_name: string }[]);
  } finally {
    connection.close();
  }
}

function withinTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError("NOT_READY", { reason: "database" })), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Whether this instance should get traffic: not shutting down, the database answers within
 * READINESS_TIMEOUT_MS, and every migration this build ships is applied (a new version started
 * before `npm run db:migrate` is not ready). Public and reveals nothing but that.
 */
export async function checkReadiness({ timeoutMs = READINESS_TIMEOUT_MS }: { timeoutMs?: number } = {}): Promise<ReadinessDto> {
  if (isShuttingDown()) throw new AppError("NOT_READY", { reason: "shutting-down" });
  let applied: { migration_name: string }[];
  try {
    applied = await readAppliedMigrations(timeoutMs);
  } catch {
    throw new AppError("NOT_READY", { reason: "database" });
  }
  if (!areMigrationsCurrent) {
    const done = new Set(applied.map((row) => row.migration_name));
    if (shippedMigrations().some((name) => !done.has(name))) throw new AppError("NOT_READY", { reason: "migrations" });
    areMigrationsCurrent = true;
  }
  return { status: "ready", checks: { database: "ok", migrations: "ok" } };
}
