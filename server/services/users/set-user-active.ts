import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { parseInput } from "../../validation";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { setUserActiveInput } from "./set-user-active.schema";
import type { UserVersionDto } from "./update-user-role.schema";

/**
 * Deactivates or reactivates an account. Deactivation also moves the session version on, so
 * every session of the account ends on its next request even before the active flag is read;
 * the account's history and authorship stay.
 */
export async function setUserActive({ actor, input }: { actor: Actor; input: unknown }): Promise<UserVersionDto> {
  assertCan(actor, "users:manage");
  const { userId, isActive, version } = parseInput(setUserActiveInput, input);
  if (!isActive && userId === actor.id) throw new AppError("SELF_DEACTIVATION");

  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, version: true, isActive: true, kind: true } });
    if (!user) throw new AppError("NOT_FOUND", { entity: "user" });
    if (user.version !== version) throw new AppError("CONFLICT", { entity: "user" });
    if (user.isActive === isActive) return { version: user.version };
    if (!isActive && user.role === "ADMIN" && user.kind === "PERSON") {
      const admins = await tx.user.count({ where: { role: "ADMIN", isActive: true, kind: "PERSON" } });
      if (admins <= 1) throw new AppError("LAST_ADMIN");
    }
    const updated = await tx.user.updateMany({
      where: { id: userId, version },
      data: { isActive, version: { increment: 1 }, ...(isActive ? {} : { sessionVersion: { increment: 1 } }) },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", { entity: "user" });
    // A deactivation also ends the account's unused password-reset links: reactivating it must
    // not bring an old link back to life.
    if (!isActive) await tx.passwordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } });
    await recordAudit(tx, { actorId: actor.id, action: isActive ? "user.reactivated" : "user.deactivated", entityType: "User", entityId: userId });
    return { version: version + 1 };
  });
}
