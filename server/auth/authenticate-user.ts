import "server-only";
import { z } from "zod";
import { isRole } from "@/domain/users/roles";
import { db } from "../db";
import { TIMING_DUMMY_HASH, verifyPassword } from "./password";
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
    select: { id: true, email: true, name: true, role: true, uiLanguage: true, passwordHash: true, isActive: true, sessionVersion: true },
  });
  const isValid = await verifyPassword(parsed.data.password, user?.passwordHash ?? TIMING_DUMMY_HASH);
  if (!user || !isValid || !user.isActive || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, uiLanguage: user.uiLanguage, sessionVersion: user.sessionVersion };
}
