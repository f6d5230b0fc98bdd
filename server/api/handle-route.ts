import "server-only";
import { AppError } from "../errors";
import { runWithActingToken } from "../auth/acting-token";
import { consumeApiRequest } from "../auth/api-rate-limit";
import { getRequestActor } from "../auth/request-actor";
import { env } from "../env";
import type { Actor } from "../auth/permissions";
import type { Contract, ResponseOf } from "./contract";
import { appOriginsFor, isJsonContentType, isSameOriginWrite } from "./request-origin";
import { noteActor, observeRoute, toErrorResponse } from "./observe-route";
import { jsonResponse } from "./json-response";

/**
 * The largest JSON body any route accepts, in bytes: an import sends both articles, each up
 * to 2 MiB (MAX_IMPORT_BYTES), possibly in base64, which this leaves room for.
 */
export const MAX_JSON_BODY_BYTES = 6_000_000;

/** Reads a JSON body; a body that is too large, not declared JSON or not JSON is refused with a clear code. */
async function readJsonBody(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", { limit: MAX_JSON_BODY_BYTES });
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", { limit: MAX_JSON_BODY_BYTES });
  // No body at all is an empty object: the service's schema says whether that is enough.
  if (text.trim() === "") return {};
  if (!isJsonContentType(request.headers)) throw new AppError("UNSUPPORTED_MEDIA_TYPE");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", { field: "body" });
  }
}

/** What a route's handler receives: the caller, and the request's parts, not yet validated (services validate). */
export type RouteInput<Caller> = {
  actor: Caller;
  params: Record<string, string>;
  query: Record<string, string>;
  /** The parsed JSON body, when the contract declares one. */
  body: unknown;
  request: Request;
};

type RouteContext = { params: Promise<Record<string, string | string[]>> };

/** Returns the DTO for `{ data }`, its own Response for files and streams, or nothing for a 204. */
type Handler<C extends Contract, Caller> = (input: RouteInput<Caller>) => Promise<ResponseOf<C> | Response | void>;

function toResponse(contract: Contract, result: unknown): Response {
  if (result instanceof Response) return result;
  if (contract.status === 204) return new Response(null, { status: 204 });
  return jsonResponse({ data: result }, { status: contract.status ?? 200 });
}

/**
 * The caller, by API token or session cookie (server/auth/request-actor.ts), with this request
 * counted against its rate limit (decision 016).
 */
async function authenticate(request: Request): Promise<Actor | null> {
  const actor = await getRequestActor(request);
  if (actor) await consumeApiRequest(actor);
  return actor;
}

/**
 * Whether the request must prove it comes from the app's own pages. A bearer-token request
 * need not: a browser never adds the header by itself, so another site cannot borrow it (CSRF
 * rides on cookies); every other request must.
 */
function needsSameOrigin(actor: Actor | null): boolean {
  return !actor?.tokenId;
}

async function readRequest(contract: Contract, request: Request, context: RouteContext | undefined, actor: Actor | null) {
  if (needsSameOrigin(actor) && !isSameOriginWrite(request, appOriginsFor(request.url, env.NEXTAUTH_URL))) throw new AppError("CROSS_ORIGIN");
  const raw = (await context?.params) ?? {};
  const params = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value.join("/") : value]));
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const body = contract.body ? await readJsonBody(request) : undefined;
  return { params, query, body, request };
}

/**
 * A route handler built from its contract: 401 without a session or a valid API token, 429 over
 * the rate limit, then the handler's result as
 * `{ data }` with the contract's status (or the handler's own Response for files and streams),
 * any AppError as its status and `{ error: { code, params, details?, requestId } }`, a database
 * outage as 503 with Retry-After, anything else as a 500 that reveals nothing (observe-route.ts).
 * Every answer carries X-Request-Id. Permissions are checked by the service the handler calls.
 */
export function handleRoute<C extends Contract>(contract: C, handler: Handler<C, Actor>) {
  return (request: Request, context?: RouteContext): Promise<Response> =>
    observeRoute(contract, request, async () => {
      try {
        const actor = await authenticate(request);
        if (!actor) throw new AppError("UNAUTHENTICATED");
        noteActor(actor);
        const input = { actor, ...(await readRequest(contract, request, context, actor)) };
        return toResponse(contract, await runWithActingToken(actor.tokenId, () => handler(input)));
      } catch (error) {
        return toErrorResponse(error);
      }
    });
}

/** The same for the few routes anyone may call (`access: "public"`). */
export function handlePublicRoute<C extends Contract>(contract: C, handler: Handler<C, Actor | null>) {
  return (request: Request, context?: RouteContext): Promise<Response> =>
    observeRoute(contract, request, async () => {
      try {
        const actor = await authenticate(request);
        noteActor(actor);
        const input = { actor, ...(await readRequest(contract, request, context, actor)) };
        return toResponse(contract, await runWithActingToken(actor?.tokenId, () => handler(input)));
      } catch (error) {
        return toErrorResponse(error);
      }
    });
}
