// What the HTTP server knows about the request being served, readable from any code it runs
// (the route handlers included) through AsyncLocalStorage. Unlike a header, a client cannot set
// it: the client's address comes from the socket. Shared through a global symbol for the same
// reason as server/lifecycle.js.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

/**
 * @typedef {{
 *   requestId: string,
 *   remoteAddress: string | undefined,
 *   route?: string,
 *   userId?: string,
 *   errorCode?: string,
 *   databaseUnavailable?: boolean,
 * }} RequestContext
 */

const KEY = Symbol.for("vis-a-vis.request-context");

/** @returns {AsyncLocalStorage<RequestContext>} */
function storage() {
  const holder = /** @type {Record<symbol, any>} */ (globalThis);
  holder[KEY] ??= new AsyncLocalStorage();
  return holder[KEY];
}

/** The longest request id accepted from a proxy; longer or odd ones are replaced by our own. */
export const MAX_REQUEST_ID_LENGTH = 64;

/**
 * The id a proxy in front gave the request (X-Request-Id), when it is short and plain, else a
 * new one: an id travels into logs and the UI, so nothing else is accepted.
 * @param {string | null | undefined} given
 */
export function requestIdFrom(given) {
  return given && given.length <= MAX_REQUEST_ID_LENGTH && /^[A-Za-z0-9._:-]+$/.test(given) ? given : randomUUID();
}

/**
 * @template T
 * @param {RequestContext} context
 * @param {() => T} run
 * @returns {T}
 */
export function runWithRequestContext(context, run) {
  return storage().run(context, run);
}

/** @returns {RequestContext | undefined} */
export function currentRequestContext() {
  return storage().getStore();
}
