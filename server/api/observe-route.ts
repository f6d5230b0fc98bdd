import "server-only";
import type { Actor } from "../auth/permissions";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "../database-errors";
import { AppError, isAppError, toErrorBody } from "../errors";
import { currentRequestContext, requestIdFrom, runWithRequestContext, type RequestContext } from "../observability/request-context.js";
import { logError, recordRequest } from "../observability/request-log.js";
import { countConflict } from "../observability/app-metrics";
import type { Contract } from "./contract";
import { jsonResponse } from "./json-response";

/**
 * Runs one API request inside its request context: the id (from scripts/server.js, or made
 * here under a server that is not ours, such as `next dev`), the route template for logs and
 * metrics, and the X-Request-Id header on the answer. Under our server the server writes the
 * request's log line; otherwise it is written here.
 */
export async function observeRoute(contract: Contract, request: Request, run: () => Promise<Response>): Promise<Response> {
  const outer = currentRequestContext();
  const context: RequestContext = outer ?? { requestId: requestIdFrom(request.headers.get("x-request-id")), remoteAddress: undefined };
  context.route = contract.path;
  const startedAt = performance.now();
  const response = withRequestId(await (outer ? run() : runWithRequestContext(context, run)), context.requestId);
  if (!outer) {
    recordRequest({
      requestId: context.requestId,
      method: request.method,
      route: contract.path,
      status: response.status,
      durationMs: performance.now() - startedAt,
      userId: context.userId,
      errorCode: context.errorCode,
    });
  }
  return response;
}

/** Names the caller in the request's log line (its id only). */
export function noteActor(actor: Actor | null): void {
  const context = currentRequestContext();
  if (context && actor) context.userId = actor.id;
}

function withRequestId(response: Response, requestId: string): Response {
  try {
    response.headers.set("x-request-id", requestId);
    return response;
  } catch {
    // Immutable headers (a Response from fetch): copy it.
    const copy = new Response(response.body, response);
    copy.headers.set("x-request-id", requestId);
    return copy;
  }
}

/** How long the client should wait before trying again: a database outage, or a rate limit (decision 016). */
function retryAfterHeaders(error: AppError): Record<string, string> {
  if (error.code === "RATE_LIMITED") return { "retry-after": String(error.params.retryAfterSeconds) };
  return error.status === 503 ? { "retry-after": String(DATABASE_RETRY_AFTER_SECONDS) } : {};
}

/**
 * An error as its HTTP answer: an AppError as its status; a database that does not answer as
 * 503 DATABASE_UNAVAILABLE with Retry-After (nothing was written, the client may retry);
 * anything else as a 500 that reveals nothing but is logged with its stack. Every error body
 * carries the request id.
 */
export function toErrorResponse(error: unknown): Response {
  const context = currentRequestContext();
  const known = isAppError(error)
    ? error
    : isDatabaseUnavailable(error)
      ? new AppError("DATABASE_UNAVAILABLE", { retryAfter: DATABASE_RETRY_AFTER_SECONDS }, { cause: error })
      : null;
  if (!known) {
    logError(error, { requestId: context?.requestId, route: context?.route });
    if (context) context.errorCode = "INTERNAL";
    return jsonResponse({ error: { code: "INTERNAL", params: {}, requestId: context?.requestId } }, { status: 500 });
  }
  if (context) context.errorCode = known.code;
  if (known.code === "CONFLICT") countConflict();
  const body = toErrorBody(known);
  const headers = retryAfterHeaders(known);
  return jsonResponse({ error: { ...body.error, requestId: context?.requestId } }, { status: known.status, headers });
}
