import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { parseInput } from "../../validation";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import type { UserVersionDto } from "./update-user-role.schema";
import { updateUserLanguagesInput } from "./update-user-languages.schema";

/**
 * Limits an account to some target languages (empty: all). Ends no session: the actor is
 * reloaded on every request (findActor), so the limit applies from the account's next request,
 * and every service checks it (assertCanWorkOn).
 */
export async function updateUserLanguages({ actor, input }: { actor: Actor; input: unknown }): Promise<UserVersionDto> {
  assertCan(actor, "users:manage");
  const { userId, targetLangs, version } = parseInput(updateUserLanguagesInput, input);

  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { targetLangs: true, version: true } });
    if (!user) throw new AppError("NOT_FOUND", { entity: "user" });
    if (user.version !== version) throw new AppError("CONFLICT", { entity: "user" });
    if (user.targetLangs === targetLangs) return { version: user.version };
    // The version in the WHERE clause makes the check and the write one atomic step.
    const updated = await tx.user.updateMany({ where: { id: userId, version }, data: { targetLangs, version: { increment: 1 } } });
    if (updated.count === 0) throw new AppError("CONFLICT", { entity: "user" });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.languages-changed",
      entityType: "User",
      entityId: userId,
      data: { from: user.targetLangs, to: targetLangs },
    });
    return { version: version + 1 };
  });
}
