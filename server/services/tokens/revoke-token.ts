import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { parseInput } from "../../validation";
import { can, type Actor } from "../../auth/permissions";
import { revokeTokenInput } from "./revoke-token.schema";

/**
 * Revokes a token: its owner may, and an administrator may revoke anyone's. Authentication reads
 * the token on every request, so it fails from the next one. Someone else's token is NOT_FOUND,
 * never a hint that it exists. Revoking it again changes nothing.
 */
export async function revokeToken({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }): Promise<void> {
  const { tokenId } = parseInput(revokeTokenInput, input);
  await db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: tokenId }, select: { id: true, userId: true, name: true, prefix: true, revokedAt: true } });
    if (!token || (token.userId !== actor.id && !can(actor, "users:manage"))) throw new AppError("NOT_FOUND", { entity: "token" });
    if (token.revokedAt) return;
    const revoked = await tx.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt: now } });
    if (revoked.count === 0) return;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "token.revoked",
      entityType: "ApiToken",
      entityId: token.id,
      data: { userId: token.userId, name: token.name, prefix: token.prefix },
    });
  });
}
