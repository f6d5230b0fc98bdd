import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { parseInput } from "../../validation";
import { hashPassword } from "../../auth/password";
import { resetPasswordInput } from "./password-reset.schema";
import { hashResetToken } from "./password-reset-token";

/** Whether a reset link can still be used, for the page that shows its form (no write). */
export async function isResetLinkUsable({ token, now = new Date() }: { token: string; now?: Date }): Promise<boolean> {
  if (token.length < 20 || token.length > 100) return false;
  const reset = await db.passwordReset.findUnique({ where: { tokenHash: hashResetToken(token) }, select: { usedAt: true, expiresAt: true, user: { select: { isActive: true } } } });
  return reset !== null && reset.usedAt === null && reset.expiresAt > now && reset.user.isActive;
}

/**
 * Sets a new password through a one-time link: no session needed, the link is the proof. The
 * link is spent in the same transaction as the password change (a second use, even a
 * concurrent one, finds it used), and every session of the account ends.
 */
export async function resetPassword({ input, now = new Date() }: { input: unknown; now?: Date }): Promise<void> {
  const { token, password } = parseInput(resetPasswordInput, input);
  // The cheap lookup first: an unknown token must not cost an Argon2 hash (anyone can post one).
  if (!(await isResetLinkUsable({ token, now }))) throw new AppError("RESET_LINK_INVALID");
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const reset = await tx.passwordReset.findUnique({ where: { tokenHash: hashResetToken(token) }, select: { id: true, userId: true, usedAt: true, expiresAt: true, user: { select: { isActive: true } } } });
    if (!reset || reset.usedAt !== null || reset.expiresAt <= now || !reset.user.isActive) throw new AppError("RESET_LINK_INVALID");
    const spent = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null }, data: { usedAt: now } });
    if (spent.count === 0) throw new AppError("RESET_LINK_INVALID");
    await tx.user.update({
      where: { id: reset.userId },
      data: { passwordHash, hasDemoPassword: false, sessionVersion: { increment: 1 } },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: reset.userId, action: "user.password-reset", entityType: "User", entityId: reset.userId });
  });
}
