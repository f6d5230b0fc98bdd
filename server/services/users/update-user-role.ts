import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { parseInput } from "../../validation";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { updateUserRoleInput, type UserVersionDto } from "./update-user-role.schema";

export async function updateUserRole({ actor, input }: { actor: Actor; input: unknown }): Promise<UserVersionDto> {
  assertCan(actor, "users:manage");
  const { userId, role, version } = parseInput(updateUserRoleInput, input);

  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, version: true, isActive: true } });
    if (!user) throw new AppError("NOT_FOUND", { entity: "user" });
    if (user.version !== version) throw new AppError("CONFLICT", { entity: "user" });
    if (user.role === role) return { version: user.version };
    if (user.role === "ADMIN" && role !== "ADMIN") {
      // Only people count: a service account cannot sign in to manage anything from the screens.
      const admins = await tx.user.count({ where: { role: "ADMIN", isActive: true, kind: "PERSON" } });
      if (admins <= 1 && user.isActive) throw new AppError("LAST_ADMIN");
    }
    // The version in the WHERE clause makes the check and the write one atomic step. A new
    // role ends the account's sessions: the person signs in again under the new role.
    const updated = await tx.user.updateMany({
      where: { id: userId, version },
      data: { role, version: { increment: 1 }, sessionVersion: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", { entity: "user" });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.role-changed",
      entityType: "User",
      entityId: userId,
      data: { from: user.role, to: role },
    });
    return { version: version + 1 };
  });
}
