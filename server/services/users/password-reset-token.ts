import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** A new unguessable link token (256 bits) and the sha256 kept in the database instead of it. */
export function makeResetToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashResetToken(token) };
}

export function hashResetToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
