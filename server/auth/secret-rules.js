// The rules for the secret that signs session cookies. Plain JavaScript because `npm start`
// (scripts/start.js) applies them before anything is compiled; server/env.ts applies the same.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const MIN_AUTH_SECRET_LENGTH = 32;

/**
 * Secrets that anyone can read, so sessions signed with them can be forged: the built-in
 * default of earlier versions and the examples in our docs.
 */
export const KNOWN_AUTH_SECRETS = new Set(["vis-a-vis-local-development-secret-change-me", "<long random value>", "changeme", "secret"]);

/** Why a secret cannot sign sessions in production, or null when it can. */
export function authSecretProblem(secret) {
  if (!secret) return "missing";
  if (KNOWN_AUTH_SECRETS.has(secret)) return "known";
  if (secret.length < MIN_AUTH_SECRET_LENGTH) return "too-short";
  return null;
}

/** The file beside a SQLite database that keeps the secret `npm start` generated for it. */
export function authSecretFile(sqliteFile) {
  return path.join(path.dirname(sqliteFile), "auth-secret");
}

/**
 * The secret of a single-machine installation: generated on the first run, stored with
 * owner-only permissions beside the database, and read again on every later run so that
 * sessions survive restarts.
 */
export function loadOrCreateAuthSecret(sqliteFile) {
  const file = authSecretFile(sqliteFile);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  chmodSync(file, 0o600);
  return secret;
}
