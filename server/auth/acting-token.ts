import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

// The API token a request was authenticated by, for the length of that request's work, so that
// every audit event it writes names the token (services receive the account as their actor and
// need not pass the token along).
const actingToken = new AsyncLocalStorage<string>();

/** Runs a route's work in the name of the API token it came with (no token: as it is). */
export function runWithActingToken<T>(tokenId: string | undefined, work: () => T): T {
  return tokenId ? actingToken.run(tokenId, work) : work();
}

/** The id of the API token the current request acts through, if any. */
export function actingTokenId(): string | undefined {
  return actingToken.getStore();
}
