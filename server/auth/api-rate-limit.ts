import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "../errors";
import { db } from "../db";
import { env } from "../env";
import type { Actor } from "./permissions";

/** The rate limit's window, in seconds: `API_RATE_LIMIT_PER_MINUTE` requests per window. */
export const API_RATE_LIMIT_WINDOW_SECONDS = 60;

// The counters live in the database (table ApiRateLimit) so that the limit holds across app
// instances; rows older than an hour are deleted by the limiter itself every five minutes.
const apiLimiter = new RateLimiterPrisma({
  storeClient: db,
  tableName: "apiRateLimit",
  keyPrefix: "api",
  points: env.API_RATE_LIMIT_PER_MINUTE,
  duration: API_RATE_LIMIT_WINDOW_SECONDS,
});

/**
 * Counts one API request: per token for a request with a bearer token, per account for one with
 * the session cookie (decision 016). Over the limit, RATE_LIMITED (429) naming the limit and the
 * wait, which `handleRoute` also sends as Retry-After.
 */
export async function consumeApiRequest(actor: Pick<Actor, "id" | "tokenId">): Promise<void> {
  const limitedBy = actor.tokenId ? "token" : "account";
  try {
    await apiLimiter.consume(actor.tokenId ? `token:${actor.tokenId}` : `account:${actor.id}`);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    throw new AppError("RATE_LIMITED", {
      limitedBy,
      limit: apiLimiter.points,
      windowSeconds: API_RATE_LIMIT_WINDOW_SECONDS,
      retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)),
    });
  }
}
