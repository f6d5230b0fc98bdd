import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { parseInput } from "../../validation";
import { hashPassword, verifyPassword } from "../../auth/password";
import type { Actor } from "../../auth/permissions";
import { changeOwnPasswordInput } from "./password-reset.schema";

/**
 * A person changes their own password, giving the current one. The session version moves on,
 * which ends every session of the account: the browser that made the change signs in again
 * with the new password at once (the form does it), the others are out on their next request.
 */
export async function changeOwnPassword({ actor, input }: { actor: Actor; input: unknown }): Promise<void> {
  const { currentPassword, newPassword } = parseInput(changeOwnPasswordInput, input);
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true, kind: true } });
  if (!user || user.kind !== "PERSON" || user.passwordHash === "") throw new AppError("FORBIDDEN");
  if (!(await verifyPassword(currentPassword, user.passwordHash))) throw new AppError("WRONG_PASSWORD");
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    // The old hash in the condition: a concurrent change (or reset) is not silently overwritten.
    const updated = await tx.user.updateMany({
      where: { id: actor.id, passwordHash: user.passwordHash },
      data: { passwordHash, hasDemoPassword: false, sessionVersion: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", { entity: "user" });
    // A password the person chose ends any reset link still waiting: whoever holds it can no longer take the account.
    await tx.passwordReset.updateMany({ where: { userId: actor.id, usedAt: null }, data: { usedAt: new Date() } });
    await recordAudit(tx, { actorId: actor.id, action: "user.password-changed", entityType: "User", entityId: actor.id });
  });
}
