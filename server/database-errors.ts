import "server-only";
import { currentRequestContext } from "./observability/request-context.js";

/**
 * How long a client should wait before trying again after a 503 DATABASE_UNAVAILABLE, in
 * seconds (the Retry-After header). Short: a restarted PostgreSQL or a released SQLite lock is
 * usually back within seconds, and the editor backs off further on its own.
 */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

/** Prisma's codes for "the database is not answering", whatever the query. */
const PRISMA_UNAVAILABLE_CODES = new Set([
  "P1001", // cannot reach the server
  "P1002", // the server was reached but timed out
  "P1008", // operation timed out (also SQLite's "database is locked" through the adapter)
  "P1017", // the server closed the connection
  "P2024", // timed out waiting for a connection from the pool
]);

/** The driver adapters' error kinds that mean the database is gone or busy, not that the query is wrong. */
const ADAPTER_UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TlsConnectionError"]);

/** Node's socket error codes for a server that went away. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);

/**
 * PostgreSQL SQLSTATEs: class 08 (connection exception), 57P01-57P03 (the server is shutting
 * down, crashed or starting) and 53300 (too many connections).
 */
function isPostgresUnavailableState(code: string): boolean {
  return /^08/.test(code) || code === "57P01" || code === "57P02" || code === "57P03" || code === "53300";
}

/**
 * The pg driver's own messages when a connection dies outside a query's protocol (these errors
 * carry no code), and SQLite's busy/locked as better-sqlite3 words them.
 */
const UNAVAILABLE_MESSAGE = /Connection terminated|Operation has timed out|connection timeout|Can't reach database server|Client has encountered a connection error|the database system is (shutting down|starting up|in recovery mode)|terminating connection due to administrator command|database is locked|SQLITE_BUSY|SQLITE_LOCKED/i;

/**
 * Notes in the request's context that a query failed because the database is unavailable, for
 * the answers no route handler maps: a page that fails on it is answered 503 rather than 500 by
 * scripts/server.js. Called from the Prisma client's error events (server/db.ts), which run in
 * the failing request's async context.
 */
export function noteDatabaseFailure(event: { message?: unknown }): void {
  if (!isDatabaseUnavailable(event)) return;
  const context = currentRequestContext();
  if (context) context.databaseUnavailable = true;
}

type ErrorLike = { code?: unknown; message?: unknown; kind?: unknown; originalCode?: unknown; cause?: unknown; meta?: unknown; driverAdapterError?: unknown };

function* errorChain(error: unknown): Generator<ErrorLike> {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 20) {
    const current = queue.shift();
    if (current === null || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const item = current as ErrorLike;
    yield item;
    queue.push(item.cause, item.driverAdapterError, (item.meta as ErrorLike | undefined)?.driverAdapterError);
  }
}

/**
 * Whether an error means the database cannot be used right now (PostgreSQL down, restarting or
 * out of connections; SQLite busy or locked past its timeout), as opposed to a bug or a bad
 * query. Such a request answers 503 DATABASE_UNAVAILABLE with Retry-After, never 500: nothing
 * was written (a transaction that fails commits nothing), so the client may send it again.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const item of errorChain(error)) {
    const code = typeof item.code === "string" ? item.code : "";
    if (PRISMA_UNAVAILABLE_CODES.has(code) || SOCKET_CODES.has(code) || isPostgresUnavailableState(code)) return true;
    if (/^SQLITE_(BUSY|LOCKED)/.test(code) || (typeof item.originalCode === "string" && /^SQLITE_(BUSY|LOCKED)/.test(item.originalCode))) return true;
    if (typeof item.kind === "string" && ADAPTER_UNAVAILABLE_KINDS.has(item.kind)) return true;
    if (item.kind === "postgres" && typeof (item as { code?: unknown }).code === "string" && isPostgresUnavailableState(code)) return true;
    if (typeof item.message === "string" && UNAVAILABLE_MESSAGE.test(item.message)) return true;
  }
  return false;
}
