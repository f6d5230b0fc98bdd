// One JSON line per request on standard output, and the request metrics, for every request the
// HTTP server answers (scripts/server.js), or for API requests under a server that is not ours
// (handleRoute then records them). Only what identifies the request: never a body, a query
// string (it can hold search text), a cookie or a token.
import { incrementCounter, observeHistogram } from "./metrics.js";

/**
 * @typedef {{
 *   requestId: string,
 *   method: string,
 *   route: string,
 *   status: number,
 *   durationMs: number,
 *   userId?: string,
 *   errorCode?: string,
 *   quiet?: boolean,
 * }} RequestRecord
 */

/** Whether request lines are written at all (LOG_REQUESTS=false turns them off, e.g. for benchmarks). */
function isLoggingRequests() {
  return process.env.LOG_REQUESTS !== "false";
}

/** @param {RequestRecord} record */
export function recordRequest(record) {
  incrementCounter("vav_http_requests_total", "HTTP requests answered, by route template, method and status.", {
    route: record.route,
    method: record.method,
    status: String(record.status),
  });
  observeHistogram("vav_http_request_duration_seconds", "Time to answer an HTTP request, in seconds, by route template and method.", record.durationMs / 1000, {
    route: record.route,
    method: record.method,
  });
  if (record.quiet || !isLoggingRequests()) return;
  const line = {
    time: new Date().toISOString(),
    // A 503 is the database or the instance being away, answered as designed: a warning.
    level: record.status === 503 ? "warn" : record.status >= 500 ? "error" : "info",
    msg: "request",
    requestId: record.requestId,
    method: record.method,
    route: record.route,
    status: record.status,
    durationMs: Math.round(record.durationMs * 10) / 10,
    userId: record.userId ?? null,
    ...(record.errorCode ? { errorCode: record.errorCode } : {}),
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/**
 * An unexpected error as one JSON line on standard error: its name, code, a short message and
 * the stack's frames. A database driver's message can quote the values of a query (a
 * paragraph's text), so for those only the name and code are kept.
 * @param {unknown} error @param {{ requestId?: string, route?: string }} [context]
 */
export function logError(error, context = {}) {
  const err = /** @type {{ name?: string, code?: unknown, message?: string, stack?: string }} */ (error instanceof Error ? error : { message: String(error) });
  const isDatabaseError = typeof err.name === "string" && /^Prisma|DriverAdapter/.test(err.name);
  const line = {
    time: new Date().toISOString(),
    level: "error",
    msg: isDatabaseError ? `${err.name}${err.code ? ` ${String(err.code)}` : ""}` : String(err.message ?? "").split("\n")[0].slice(0, 300),
    name: err.name,
    ...(err.code !== undefined ? { code: String(err.code) } : {}),
    ...context,
    stack: (err.stack ?? "")
      .split("\n")
      .filter((frame) => frame.trimStart().startsWith("at "))
      .map((frame) => frame.trim()),
  };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}
