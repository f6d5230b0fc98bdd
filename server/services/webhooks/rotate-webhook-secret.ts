import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import type { RotatedSecretDto } from "./rotate-webhook-secret.schema";
import { newWebhookSecret, SECRET_ROTATION_GRACE_MS } from "./sign-webhook";

export async function rotateWebhookSecret({ actor, webhookId, now = new Date() }: { actor: Actor; webhookId: string; now?: Date }): Promise<RotatedSecretDto> {
  assertCan(actor, "webhooks:manage");
  const secret = newWebhookSecret();
  const graceUntil = new Date(now.getTime() + SECRET_ROTATION_GRACE_MS);
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhook.findUnique({ where: { id: webhookId }, select: { secret: true, version: true } });
    if (!endpoint) throw new AppError("NOT_FOUND", { entity: "webhook" });
    // Only the secret just replaced keeps signing: a second rotation within the grace period drops the oldest.
    const written = await tx.webhook.updateMany({
      where: { id: webhookId, version: endpoint.version },
      data: { secret, previousSecret: endpoint.secret, previousSecretExpiresAt: graceUntil, version: { increment: 1 } },
    });
    if (written.count === 0) throw new AppError("CONFLICT", { entity: "webhook" });
    await recordAudit(tx, { actorId: actor.id, action: "webhook.secret-rotated", entityType: "Webhook", entityId: webhookId, data: { graceUntil: graceUntil.toISOString() } });
    return { secret, previousSecretExpiresAt: graceUntil.toISOString(), version: endpoint.version + 1 };
  });
}
