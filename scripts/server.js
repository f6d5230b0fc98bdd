// The HTTP server behind `npm start`: Next.js's request handler in a plain Node server that we
// own, for what `next start` does not give:
// - graceful shutdown on SIGTERM/SIGINT: stop accepting connections, mark the instance not
//   ready, end live-update streams with a reconnect hint, let in-flight requests finish for at
//   most SHUTDOWN_GRACE_MS, then release the database connections and exit 0 (`next start`
//   waits for every open connection with no bound, so one live-update stream holds it forever);
// - one JSON log line per request with its id, route, status, duration and user id, the
//   X-Request-Id header on every answer, and the request metrics (server/observability/);
// - the client's address taken from the socket, for the metrics allow-list.
// Usage: node scripts/server.js [--dev] -p <port> -H <host> (the environment as for `next start`).
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { beginShutdown, runShutdownHooks } from "../server/lifecycle.js";
import { requestIdFrom, runWithRequestContext } from "../server/observability/request-context.js";
import { isPostgresUrl, resolveDatabaseUrl, sqliteFilePath } from "./lib/database-url.js";
import { markServerRunning } from "./lib/running-servers.js";
import { logError, recordRequest } from "../server/observability/request-log.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The longest wait for in-flight requests after a shutdown signal, in ms (SHUTDOWN_GRACE_MS). */
const SHUTDOWN_GRACE_MS = Number(process.env.SHUTDOWN_GRACE_MS ?? "10000");
/** As DATABASE_RETRY_AFTER_SECONDS in server/database-errors.ts (TypeScript, which this file cannot import). */
const DATABASE_RETRY_AFTER_SECONDS = 2;

const { values } = parseArgs({
  options: { dev: { type: "boolean", default: false }, port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? "3000");
const hostname = values.hostname ?? process.env.HOST ?? "127.0.0.1";

// Next must not install its own signal handlers: shutting down is ours.
process.env.NEXT_MANUAL_SIG_HANDLE = "true";
process.chdir(root);
const { default: next } = await import("next");
const app = next({ dev: values.dev, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

/**
 * The route a request's log line and metrics name: an API route's template when the route
 * handler said it (never the URL with its ids), else the kind of thing served.
 * @param {string} url
 */
function fallbackRoute(url) {
  const pathname = url.split("?")[0] ?? "";
  if (pathname.startsWith("/_next/")) return "(assets)";
  if (pathname.startsWith("/api/")) return "(api)";
  return "(page)";
}

let inFlight = 0;
let isShuttingDown = false;
/** @type {(() => void) | null} */
let onIdle = null;

const server = http.createServer((req, res) => {
  const startedAt = performance.now();
  /** @type {import("../server/observability/request-context.js").RequestContext} */
  const context = { requestId: requestIdFrom(req.headers["x-request-id"]?.toString()), remoteAddress: req.socket.remoteAddress };
  inFlight += 1;
  res.setHeader("x-request-id", context.requestId);
  // A page (or anything no route handler maps) that failed because the database is unavailable
  // is a 503 with Retry-After, like the API's DATABASE_UNAVAILABLE, not a 500: the Prisma
  // client marked the request's context when its query failed (server/database-errors.ts).
  const writeHead = res.writeHead;
  res.writeHead = /** @type {typeof res.writeHead} */ (
    function (/** @type {number} */ statusCode, /** @type {any[]} */ ...rest) {
      if (statusCode === 500 && context.databaseUnavailable) {
        res.setHeader("retry-after", String(DATABASE_RETRY_AFTER_SECONDS));
        context.errorCode = "DATABASE_UNAVAILABLE";
        return writeHead.call(res, 503, ...rest);
      }
      return writeHead.call(res, statusCode, ...rest);
    }
  );
  // During a shutdown, keep-alive connections are closed after their current answer, so that
  // the client's next request opens a connection to another instance.
  if (isShuttingDown) res.setHeader("connection", "close");
  res.on("finish", () => {
    // Answered during a shutdown over a keep-alive connection opened before it: close it now.
    if (isShuttingDown) req.socket.end();
  });
  res.on("close", () => {
    inFlight -= 1;
    const route = context.route ?? fallbackRoute(req.url ?? "/");
    // Static assets are not worth a line each; they are still counted in the metrics.
    recordRequest({
      requestId: context.requestId,
      method: req.method ?? "GET",
      route,
      status: res.statusCode,
      durationMs: performance.now() - startedAt,
      userId: context.userId,
      errorCode: context.errorCode,
      quiet: route === "(assets)",
    });
    if (inFlight === 0) onIdle?.();
  });
  runWithRequestContext(context, () =>
    handle(req, res).catch((error) => {
      logError(error, { requestId: context.requestId });
      if (!res.headersSent) res.writeHead(500).end();
    }),
  );
});
server.keepAliveTimeout = 65_000;

/** @param {NodeJS.Signals} signal */
async function shutDown(signal) {
  if (isShuttingDown) return;
  isShuttingDown = true;
  const startedAt = Date.now();
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level: "info", msg: "shutting down", signal, inFlight })}\n`);
  beginShutdown();
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeIdleConnections();
  // Live-update streams and background workers end now, so only real requests are left.
  await runShutdownHooks("stop");
  const drained = new Promise((resolve) => {
    onIdle = () => resolve(undefined);
    if (inFlight === 0) resolve(undefined);
  });
  const grace = new Promise((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS).unref());
  await Promise.race([drained, grace]);
  const abandoned = inFlight;
  server.closeAllConnections();
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
  await runShutdownHooks("release");
  await app.close?.().catch(() => undefined);
  process.stdout.write(
    `${JSON.stringify({ time: new Date().toISOString(), level: abandoned > 0 ? "warn" : "info", msg: "shut down", signal, durationMs: Date.now() - startedAt, abandonedRequests: abandoned })}\n`,
  );
  process.exit(0);
}

// `cli restore` refuses to swap a SQLite file this server uses.
const databaseUrl = resolveDatabaseUrl();
const unmark = isPostgresUrl(databaseUrl) ? () => undefined : markServerRunning(sqliteFilePath(databaseUrl));
process.on("exit", unmark);

process.on("SIGTERM", () => void shutDown("SIGTERM"));
process.on("SIGINT", () => void shutDown("SIGINT"));

server.listen(port, hostname, () => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level: "info", msg: "listening", url: `http://${hostname}:${port}`, pid: process.pid })}\n`);
});
