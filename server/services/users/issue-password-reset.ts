import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { parseInput } from "../../validation";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { issuePasswordResetInput, PASSWORD_RESET_TTL_MINUTES, type IssuedPasswordResetDto } from "./password-reset.schema";
import { makeResetToken } from "./password-reset-token";

/**
 * Makes a one-time link for a person to choose a new password (decision 022). The administrator
 * passes it on privately; it works once, for PASSWORD_RESET_TTL_MINUTES, and a newer link for
 * the same account ends the older ones. The current password keeps working until the link is used.
 */
export async function issuePasswordReset({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }): Promise<IssuedPasswordResetDto> {
  assertCan(actor, "users:manage");
  const { userId } = parseInput(issuePasswordResetInput, input);
  const { token, tokenHash } = makeResetToken();
  const expiresAt = new Date(now.getTime() + PASSWORD_RESET_TTL_MINUTES * 60_000);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { kind: true } });
    if (!user) throw new AppError("NOT_FOUND", { entity: "user" });
    // A service account has no password: it acts through API tokens only.
    if (user.kind !== "PERSON") throw new AppError("INVALID_INPUT", { field: "userId" });
    await tx.passwordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    await tx.passwordReset.create({ data: { userId, tokenHash, createdById: actor.id, createdAt: now, expiresAt }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "user.password-reset-issued", entityType: "User", entityId: userId, data: { expiresAt: expiresAt.toISOString() } });
  });
  return { token, expiresAt: expiresAt.toISOString() };
}
