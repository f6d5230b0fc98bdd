import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { deliverySelect, toDeliveryDto } from "./delivery-dto";
import type { WebhookDeliveryDto } from "./list-webhook-deliveries.schema";
import { redeliverWebhookInput } from "./redeliver-webhook.schema";
import { wakeWebhookWorker } from "./worker-signal";

/**
 * Puts a delivery back in the queue, due now, with its attempt count reset (a fresh retry
 * schedule; the log keeps every earlier attempt). A delivery a worker holds right now keeps its
 * claim, so it is never sent twice at once.
 */
export async function redeliverWebhook({ actor, input, now = new Date() }: { actor: Actor; input: unknown; now?: Date }): Promise<WebhookDeliveryDto> {
  assertCan(actor, "webhooks:manage");
  const { webhookId, deliveryId } = parseInput(redeliverWebhookInput, input);
  const dto = await db.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.findFirst({ where: { id: deliveryId, webhookId }, select: { eventId: true, status: true } });
    if (!delivery) throw new AppError("NOT_FOUND", { entity: "delivery" });
    await tx.webhookDelivery.update({ where: { id: deliveryId }, data: { status: "PENDING", attempts: 0, nextAttemptAt: now, deliveredAt: null }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "webhook.redelivered",
      entityType: "Webhook",
      entityId: webhookId,
      data: { deliveryId, eventId: delivery.eventId, previousStatus: delivery.status },
    });
    return toDeliveryDto(await tx.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId }, select: deliverySelect }));
  });
  wakeWebhookWorker();
  return dto;
}
