/**
 * When a failed delivery is tried again. The first retry comes within 30 seconds (a receiver
 * restarting is back by then); each later wait is four times the one before, capped at 8 hours,
 * so the last of MAX_DELIVERY_ATTEMPTS attempts comes about a day after the first (27.8 hours).
 */
export const FIRST_RETRY_DELAY_MS = 10_000;
export const RETRY_BACKOFF_FACTOR = 4;
export const MAX_RETRY_DELAY_MS = 8 * 60 * 60 * 1000;
/** The first attempt and 9 retries. */
export const MAX_DELIVERY_ATTEMPTS = 10;

/**
 * The wait after attempt number `attemptsMade` (1 for the first) failed, or null when that was
 * the last one and the delivery is given up.
 */
export function retryDelayMs(attemptsMade: number): number | null {
  if (!Number.isInteger(attemptsMade) || attemptsMade < 1) throw new RangeError(`attempts must be a positive integer, not ${attemptsMade}`);
  if (attemptsMade >= MAX_DELIVERY_ATTEMPTS) return null;
  return Math.min(FIRST_RETRY_DELAY_MS * RETRY_BACKOFF_FACTOR ** (attemptsMade - 1), MAX_RETRY_DELAY_MS);
}
