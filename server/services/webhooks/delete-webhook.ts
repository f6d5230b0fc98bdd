import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";

export async function deleteWebhook({ actor, webhookId }: { actor: Actor; webhookId: string }): Promise<void> {
  assertCan(actor, "webhooks:manage");
  await db.$transaction(async (tx) => {
    const endpoint = await tx.webhook.findUnique({ where: { id: webhookId }, select: { url: true, events: true } });
    if (!endpoint) throw new AppError("NOT_FOUND", { entity: "webhook" });
    // Deliveries and attempts go with it (onDelete: Cascade).
    await tx.webhook.delete({ where: { id: webhookId }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "webhook.deleted", entityType: "Webhook", entityId: webhookId, data: { url: endpoint.url, events: endpoint.events.split(" ") } });
  });
}
