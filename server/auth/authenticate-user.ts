import "server-only";
import { z } from "zod";
import { isRole } from "@/domain/users/roles";
import { db } from "../db";
import { hashPassword, needsRehash, TIMING_DUMMY_HASH, verifyPassword } from "./password";
import type { Actor } from "./permissions";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

/** Checks an email and password; returns the account or null, never saying which part was wrong. */
export async function authenticateUser(input: unknown): Promise<(Actor & { sessionVersion: number }) | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, name: true, role: true, uiLanguage: true, passwordHash: true, isActive: true, sessionVersion: true, kind: true },
  });
  // A service account has no password and acts only through API tokens: it never signs in,
  // whatever is typed. It costs a hash like any other account, so timing says nothing.
  const canSignIn = user !== null && user.kind === "PERSON" && user.passwordHash !== "";
  const isValid = await verifyPassword(parsed.data.password, canSignIn ? user.passwordHash : TIMING_DUMMY_HASH);
  if (!user || !canSignIn || !isValid || !user.isActive || !isRole(user.role)) return null;
  if (needsRehash(user.passwordHash)) await upgradePasswordHash(user.id, user.passwordHash, parsed.data.password);
  await recordSignIn(user.id);
  return { id: user.id, email: user.email, name: user.name, role: user.role, uiLanguage: user.uiLanguage, sessionVersion: user.sessionVersion };
}

/**
 * Replaces a bcrypt hash (or one with older Argon2 settings) by an Argon2id hash, now that the
 * password is known to be right (decision 012). Best effort: the sign-in succeeds even if this
 * fails, and the condition on the old hash leaves a concurrent password change alone.
 */
async function upgradePasswordHash(userId: string, oldHash: string, password: string): Promise<void> {
  try {
    const passwordHash = await hashPassword(password);
    await db.user.updateMany({ where: { id: userId, passwordHash: oldHash }, data: { passwordHash } });
  } catch (error) {
    console.warn("Could not upgrade a password hash", error);
  }
}

/** Keeps the time of the last sign-in for the accounts screen. Best effort, like the rehash. */
async function recordSignIn(userId: string): Promise<void> {
  try {
    await db.user.update({ where: { id: userId }, data: { lastSignInAt: new Date() }, select: { id: true } });
  } catch (error) {
    console.warn("Could not record a sign-in time", error);
  }
}
