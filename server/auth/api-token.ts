import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { tokenStatus } from "@/domain/tokens/token-status";
import { AppError } from "../errors";
import { db } from "../db";
import { loadActor } from "./find-actor";
import type { Actor } from "./permissions";

/** Every API token starts with this, so a leaked one is recognisable (secret scanners, logs). */
export const API_TOKEN_PREFIX = "vav_";
/** The characters kept in clear to tell tokens apart: "vav_" and 8 of the 43 random ones. */
export const API_TOKEN_SHOWN_LENGTH = 12;
/** `lastUsedAt` is written at most once per this many milliseconds per token, not on every request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/** A new token: "vav_" and 32 random bytes in base64url (43 characters). Only its hash is stored. */
export function generateApiToken(): { token: string; prefix: string; tokenHash: string } {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, prefix: token.slice(0, API_TOKEN_SHOWN_LENGTH), tokenHash: hashApiToken(token) };
}

/** sha256 in hex: the token is 256 random bits, so a fast hash is enough (no password to guess). */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * The token a request carries in `Authorization: Bearer <token>`, null without the header. A
 * header that is there but not a bearer token is refused, never ignored: a client that sends
 * credentials must not silently act as whoever the cookie names.
 */
export function readBearerToken(headers: Headers): string | null {
  const header = headers.get("authorization");
  if (header === null) return null;
  const match = /^Bearer[ \t]+(\S{1,200})[ \t]*$/i.exec(header);
  if (!match) throw new AppError("UNAUTHENTICATED", { reason: "authorization-header" });
  return match[1];
}

/**
 * The account behind an API token, as an actor carrying the token's id. The account is read
 * afresh on every request (role, languages, active), so a change applies at once; a revoked or
 * expired token fails from the next request on. `lastUsedAt` moves at most once a minute: the
 * condition in the update makes concurrent requests write it once.
 */
export async function authenticateApiToken(token: string, now: Date = new Date()): Promise<Actor> {
  const found = token.startsWith(API_TOKEN_PREFIX)
    ? await db.apiToken.findUnique({
        where: { tokenHash: hashApiToken(token) },
        select: { id: true, userId: true, expiresAt: true, revokedAt: true, lastUsedAt: true },
      })
    : null;
  if (!found) throw new AppError("UNAUTHENTICATED", { reason: "token" });
  const status = tokenStatus(found, now);
  if (status === "revoked") throw new AppError("TOKEN_REVOKED");
  if (status === "expired") throw new AppError("TOKEN_EXPIRED");
  const actor = await loadActor(found.userId);
  if (!actor) throw new AppError("UNAUTHENTICATED", { reason: "account" });
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    await db.apiToken.updateMany({
      where: { id: found.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: staleBefore } }] },
      data: { lastUsedAt: now },
    });
  }
  // No sessionVersion: a token is not a session, and signing out does not end it (revoking does).
  const { id, email, name, role, uiLanguage, targetLangs } = actor;
  return { id, email, name, role, uiLanguage, targetLangs, tokenId: found.id };
}

/** Whether a token still works: not revoked, not expired (for long requests such as the live-updates stream). */
export async function isApiTokenUsable(tokenId: string, now: Date = new Date()): Promise<boolean> {
  const token = await db.apiToken.findUnique({ where: { id: tokenId }, select: { revokedAt: true, expiresAt: true } });
  return token !== null && tokenStatus(token, now) === "active";
}
