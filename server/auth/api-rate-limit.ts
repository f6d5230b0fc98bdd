import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "../errors";
import { db } from "../db";
import { env } from "../env";
import { onShutdown } from "../lifecycle.js";
import type { Actor } from "./permissions";

/** The rate limit's window, in seconds: `API_RATE_LIMIT_PER_MINUTE` requests per window. */
export const API_RATE_LIMIT_WINDOW_SECONDS = 60;

/**
 * How often an instance adds the requests it counted to the shared counters, in ms. Between
 * two writes it counts in memory, so a request costs no database write; the price is that an
 * instance learns the others' requests at its next write (decision 016: with several instances
 * the limit can be passed by at most what each accepts in one interval; on one it is exact).
 */
export const API_RATE_LIMIT_SYNC_MS = 1_000;

// The shared counters live in the database (table ApiRateLimit) so that the limit holds across
// app instances; rows older than an hour are deleted by the limiter itself every five minutes.
const apiLimiter = new RateLimiterPrisma({
  storeClient: db,
  tableName: "apiRateLimit",
  keyPrefix: "api",
  points: env.API_RATE_LIMIT_PER_MINUTE,
  duration: API_RATE_LIMIT_WINDOW_SECONDS,
});

/**
 * One key's window as this instance knows it: `shared` is the count in the database when it
 * was last written or read (every instance's requests), `pending` the requests accepted here
 * since, not yet written.
 */
type Window = { endsAt: number; shared: number; pending: number; opening: Promise<void> | null };

const holder = globalThis as unknown as { visAVisApiWindows?: Map<string, Window>; visAVisApiSync?: NodeJS.Timeout };
const windows = (holder.visAVisApiWindows ??= new Map());

/** Adds `points` to the shared counter and learns its total and end (a refusal carries them too). */
async function addShared(key: string, points: number): Promise<{ total: number; endsAt: number }> {
  let result: RateLimiterRes;
  try {
    result = await apiLimiter.consume(key, points);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    result = error;
  }
  return { total: result.consumedPoints, endsAt: Date.now() + Math.max(0, result.msBeforeNext) };
}

/** Writes every key's pending requests to the shared counters and reads the totals back. */
export async function syncApiRateLimits(): Promise<void> {
  const now = Date.now();
  await Promise.all(
    [...windows].map(async ([key, window]) => {
      if (window.endsAt <= now) {
        // The window is over: its pending requests count for nothing any more.
        if (!window.opening) windows.delete(key);
        return;
      }
      if (window.pending === 0 || window.opening) return;
      const points = window.pending;
      window.pending -= points;
      try {
        const shared = await addShared(key, points);
        window.shared = shared.total;
        window.endsAt = shared.endsAt;
      } catch {
        // The database did not answer: keep counting here and try again at the next sync.
        window.pending += points;
      }
    }),
  );
}

function ensureSyncing() {
  if (holder.visAVisApiSync) return;
  const timer = setInterval(() => void syncApiRateLimits(), API_RATE_LIMIT_SYNC_MS);
  timer.unref();
  holder.visAVisApiSync = timer;
  onShutdown(async () => {
    clearInterval(timer);
    await syncApiRateLimits();
  }, "stop");
}

/** The key's window, opened (one write, shared with concurrent first requests) when there is none. */
async function currentWindow(key: string): Promise<Window> {
  const now = Date.now();
  let window = windows.get(key);
  if (window?.opening) await window.opening;
  else if (!window || window.endsAt <= now) {
    // The first request of a window on this instance is written at once: it learns what the
    // other instances counted, and when the window ends.
    const opened: Window = { endsAt: now + API_RATE_LIMIT_WINDOW_SECONDS * 1000, shared: 0, pending: 0, opening: null };
    opened.opening = addShared(key, 1).then(
      (shared) => {
        opened.shared = shared.total;
        opened.endsAt = shared.endsAt;
      },
      (error: unknown) => {
        windows.delete(key);
        throw error;
      },
    );
    windows.set(key, opened);
    ensureSyncing();
    try {
      await opened.opening;
    } finally {
      opened.opening = null;
    }
    // This request was counted by the write that opened the window.
    opened.pending -= 1;
    window = opened;
  }
  return window!;
}

/**
 * Counts one API request: per token for a request with a bearer token, per account for one with
 * the session cookie (decision 016). Over the limit, RATE_LIMITED (429) naming the limit and the
 * wait, which `handleRoute` also sends as Retry-After.
 */
export async function consumeApiRequest(actor: Pick<Actor, "id" | "tokenId">): Promise<void> {
  const limitedBy = actor.tokenId ? "token" : "account";
  const window = await currentWindow(actor.tokenId ? `token:${actor.tokenId}` : `account:${actor.id}`);
  window.pending += 1;
  if (window.shared + window.pending <= apiLimiter.points) return;
  // Refused requests are not counted, so a client that waits gets its full budget back.
  window.pending -= 1;
  throw new AppError("RATE_LIMITED", {
    limitedBy,
    limit: apiLimiter.points,
    windowSeconds: API_RATE_LIMIT_WINDOW_SECONDS,
    retryAfterSeconds: Math.max(1, Math.ceil((window.endsAt - Date.now()) / 1000)),
  });
}
