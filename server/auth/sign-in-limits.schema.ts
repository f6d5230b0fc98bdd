// The sign-in limits and the error the sign-in form reads (decision 012). Pure, so the browser
// imports it too.

/** Failed sign-ins allowed per account (email address) in one window; the next attempt is refused with 429. */
export const SIGN_IN_FAILURES_PER_ACCOUNT = 10;
/** Failed sign-ins allowed per client address in one window, counted only when TRUST_PROXY is "true". */
export const SIGN_IN_FAILURES_PER_ADDRESS = 50;
/** The window, in seconds, from an account's or address's first failure; its count then starts again. */
export const SIGN_IN_LIMIT_WINDOW_SECONDS = 15 * 60;

const LIMITED_PREFIX = "SignInLimited:";

/**
 * next-auth's `signIn()` returns only the `error` of the URL the server answers, so a refused
 * sign-in carries its wait in it: `SignInLimited:<seconds>`.
 */
export function signInLimitedError(retryAfterSeconds: number): string {
  return `${LIMITED_PREFIX}${retryAfterSeconds}`;
}

/** The wait in seconds named by a `SignInLimited:<seconds>` error, or null for any other error. */
export function parseSignInLimitedError(error: string | null | undefined): number | null {
  if (!error?.startsWith(LIMITED_PREFIX)) return null;
  const seconds = Number(error.slice(LIMITED_PREFIX.length));
  return Number.isInteger(seconds) && seconds > 0 ? seconds : null;
}
