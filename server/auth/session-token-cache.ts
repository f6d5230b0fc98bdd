import "server-only";

/**
 * Decoded session tokens, keyed by the token's exact text, so that a request whose cookie was
 * already decoded skips next-auth's key derivation (HKDF) and decryption (JWE), which cost more
 * than the database work of a save. Only the decoding is cached: the account (role, active,
 * session version) is still read on every request (find-actor.ts), so a role change, a
 * deactivation or "sign out everywhere" applies on the next request as before. An entry is
 * used only until the token's own expiry; the cache is bounded (oldest entries go first).
 */
export type DecodedSession = { sub: string; sessionVersion: number; exp: number };

/** The most tokens kept at once (one per signed-in browser; a few hundred bytes each). */
export const MAX_CACHED_SESSION_TOKENS = 10_000;

const holder = globalThis as unknown as { visAVisSessionTokens?: Map<string, DecodedSession> };
const cache = (holder.visAVisSessionTokens ??= new Map());

/** The session cookie's text (every chunk, in order), or null without one. */
export function sessionTokenText(cookies: { name: string; value: string }[]): string | null {
  const parts = cookies.filter((c) => /(^|[.-])next-auth\.session-token(\.\d+)?$/.test(c.name)).sort((a, b) => a.name.localeCompare(b.name, "en", { numeric: true }));
  return parts.length === 0 ? null : parts.map((c) => `${c.name}=${c.value}`).join(";");
}

export function cachedSession(text: string, nowSeconds = Date.now() / 1000): DecodedSession | null {
  const entry = cache.get(text);
  if (!entry) return null;
  if (entry.exp <= nowSeconds) {
    cache.delete(text);
    return null;
  }
  return entry;
}

export function rememberSession(text: string, session: DecodedSession): void {
  if (cache.size >= MAX_CACHED_SESSION_TOKENS) cache.delete(cache.keys().next().value as string);
  cache.set(text, session);
}
