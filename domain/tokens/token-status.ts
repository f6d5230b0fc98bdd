/**
 * Whether an API token still works, the one rule the server's authentication and the tokens
 * screen share: a revoked token is revoked whatever its expiry; otherwise it works until the
 * instant of its expiry, if it has one.
 */
export type TokenStatus = "active" | "expired" | "revoked";

export function tokenStatus(token: { revokedAt: Date | string | null; expiresAt: Date | string | null }, now: Date): TokenStatus {
  if (token.revokedAt !== null) return "revoked";
  if (token.expiresAt !== null && new Date(token.expiresAt).getTime() <= now.getTime()) return "expired";
  return "active";
}
