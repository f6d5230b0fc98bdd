import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { recordAudit } from "../audit";
import { db } from "../db";
import { env } from "../env";
import {
  SIGN_IN_FAILURES_PER_ACCOUNT,
  SIGN_IN_FAILURES_PER_ADDRESS,
  SIGN_IN_LIMIT_WINDOW_SECONDS,
  signInLimitedError,
} from "./sign-in-limits.schema";

/** Who is signing in, as far as the limits can tell. `address` is null unless a trusted proxy names it. */
export type SignInAttempt = { email: string; address: string | null };

type LimitedBy = "account" | "address";
type Limiter = { by: LimitedBy; key: string; limiter: RateLimiterPrisma };

// The counters live in the database (table SignInAttempt) so every app instance sees the same
// ones. `clearExpiredByTimeout` deletes old rows every five minutes.
const accountLimiter = new RateLimiterPrisma({
  storeClient: db,
  tableName: "signInAttempt",
  keyPrefix: "account",
  points: SIGN_IN_FAILURES_PER_ACCOUNT,
  duration: SIGN_IN_LIMIT_WINDOW_SECONDS,
});
const addressLimiter = new RateLimiterPrisma({
  storeClient: db,
  tableName: "signInAttempt",
  keyPrefix: "address",
  points: SIGN_IN_FAILURES_PER_ADDRESS,
  duration: SIGN_IN_LIMIT_WINDOW_SECONDS,
});

const MAX_KEY_LENGTH = 320;

/**
 * Reads the attempt from next-auth's form fields and the request's headers. The address is the
 * first X-Forwarded-For entry, and only when `trustProxy` says a proxy we run sets it: otherwise
 * a client could pick a new address per request, or name someone else's to lock them out. There
 * is never a shared "unknown" address, which one attacker could use to lock everyone out.
 */
export function readSignInAttempt(fields: Record<string, unknown>, headers: Headers, trustProxy: boolean = env.TRUST_PROXY): SignInAttempt {
  const email = (typeof fields.email === "string" ? fields.email : "").trim().toLowerCase().slice(0, MAX_KEY_LENGTH);
  const forwarded = trustProxy ? (headers.get("x-forwarded-for") ?? "").split(",")[0].trim().slice(0, MAX_KEY_LENGTH) : "";
  return { email, address: forwarded || null };
}

/** The form fields next-auth will read from the same body: it accepts JSON as well as a form. */
async function readSignInFields(request: Request): Promise<Record<string, unknown>> {
  const contentType = request.headers.get("content-type") ?? "";
  const copy = request.clone();
  if (contentType.includes("application/json")) {
    const body: unknown = await copy.json().catch(() => null);
    return body && typeof body === "object" ? (body as Record<string, unknown>) : {};
  }
  if (contentType.includes("application/x-www-form-urlencoded")) return Object.fromEntries(new URLSearchParams(await copy.text()));
  return {};
}

function limitersFor(attempt: SignInAttempt): Limiter[] {
  const limiters: Limiter[] = [];
  if (attempt.email) limiters.push({ by: "account", key: attempt.email, limiter: accountLimiter });
  if (attempt.address) limiters.push({ by: "address", key: attempt.address, limiter: addressLimiter });
  return limiters;
}

function secondsUntil(result: RateLimiterRes): number {
  return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
}

export type SignInRefusal = { limitedBy: LimitedBy; retryAfterSeconds: number };

/**
 * Counts the attempt as a failure before the password is checked, so that a burst of parallel
 * attempts cannot run more guesses than the limit; `settleSignInAttempt` gives the point back when
 * the attempt turns out not to be a failure. Returns the refusal when a limit is already used up.
 */
export async function reserveSignInAttempt(attempt: SignInAttempt): Promise<SignInRefusal | null> {
  const limiters = limitersFor(attempt);
  // Read first: an attempt refused outright writes nothing.
  for (const { by, key, limiter } of limiters) {
    const current = await limiter.get(key);
    if (current && current.consumedPoints >= limiter.points) return { limitedBy: by, retryAfterSeconds: secondsUntil(current) };
  }
  const reserved: Limiter[] = [];
  for (const entry of limiters) {
    try {
      await entry.limiter.consume(entry.key);
      reserved.push(entry);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      // A parallel attempt took the last point: refuse, and give back what this one reserved.
      await Promise.all(reserved.map(({ key, limiter }) => limiter.reward(key)));
      return { limitedBy: entry.by, retryAfterSeconds: secondsUntil(error) };
    }
  }
  return null;
}

export type SignInOutcome = "signed-in" | "wrong-credentials" | "not-checked";

/**
 * After next-auth has answered: a success clears the account's count (and gives back the
 * address's point); a request that never reached the password check (a missing CSRF token, say)
 * gives back both points; a failure keeps them and is recorded, and so is the failure that uses
 * up a limit.
 */
export async function settleSignInAttempt(attempt: SignInAttempt, outcome: SignInOutcome): Promise<void> {
  const limiters = limitersFor(attempt);
  if (outcome !== "wrong-credentials") {
    await Promise.all(
      limiters.map(({ by, key, limiter }) => (outcome === "signed-in" && by === "account" ? limiter.delete(key) : limiter.reward(key))),
    );
    return;
  }
  const states = await Promise.all(limiters.map(async (entry) => ({ ...entry, state: await entry.limiter.get(entry.key) })));
  const address = attempt.address ? { address: attempt.address } : {};
  await db.$transaction(async (tx) => {
    await recordAudit(tx, { actorId: null, action: "auth.sign-in-failed", entityType: "SignIn", entityId: attempt.email, data: address });
    for (const { by, limiter, state } of states) {
      if (state && state.consumedPoints === limiter.points) {
        await recordAudit(tx, {
          actorId: null,
          action: "auth.sign-in-limited",
          entityType: "SignIn",
          entityId: attempt.email,
          data: { ...address, limitedBy: by, retryAfterSeconds: secondsUntil(state) },
        });
      }
    }
  });
}

/** The answer to a refused sign-in: 429, Retry-After, and the JSON next-auth's `signIn()` reads. */
export function signInRefusedResponse(refusal: SignInRefusal, requestUrl: string): Response {
  const url = new URL("/sign-in", env.NEXTAUTH_URL ?? requestUrl);
  url.searchParams.set("error", signInLimitedError(refusal.retryAfterSeconds));
  return Response.json(
    { url: url.toString(), error: "SIGN_IN_LIMITED", limitedBy: refusal.limitedBy, retryAfterSeconds: refusal.retryAfterSeconds },
    { status: 429, headers: { "Retry-After": String(refusal.retryAfterSeconds), "Cache-Control": "no-store" } },
  );
}

const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token=/;

/** What next-auth's answer to `callback/credentials` says happened. */
export async function readSignInOutcome(response: Response): Promise<SignInOutcome> {
  if (response.headers.getSetCookie().some((cookie) => SESSION_COOKIE.test(cookie))) return "signed-in";
  let target = response.headers.get("location");
  if (!target && response.headers.get("content-type")?.includes("application/json")) {
    const body = (await response.clone().json().catch(() => null)) as { url?: unknown } | null;
    target = typeof body?.url === "string" ? body.url : null;
  }
  if (!target) return "not-checked";
  const error = new URL(target, "http://localhost").searchParams.get("error");
  return error === "CredentialsSignin" ? "wrong-credentials" : "not-checked";
}

/**
 * Wraps next-auth's handler for `POST /api/auth/callback/credentials` with the sign-in limits
 * (decision 012): refuses with 429 and Retry-After when the account or address has used up its
 * failures, otherwise lets next-auth check the password and counts the outcome.
 */
export async function limitCredentialsSignIn(
  request: Request,
  signIn: () => Promise<Response>,
  trustProxy: boolean = env.TRUST_PROXY,
): Promise<Response> {
  const attempt = readSignInAttempt(await readSignInFields(request), request.headers, trustProxy);
  const refusal = await reserveSignInAttempt(attempt);
  if (refusal) return signInRefusedResponse(refusal, request.url);
  let response: Response;
  try {
    response = await signIn();
  } catch (error) {
    await settleSignInAttempt(attempt, "not-checked");
    throw error;
  }
  await settleSignInAttempt(attempt, await readSignInOutcome(response));
  return response;
}
