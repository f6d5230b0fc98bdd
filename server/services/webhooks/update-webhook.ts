import "server-only";
import { formatEventTypes } from "@/domain/webhooks/events";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { assertWebhookUrl } from "./check-endpoint-url";
import { updateWebhookInput } from "./update-webhook.schema";
import type { WebhookDto } from "./webhook-dto.schema";
import { findWebhookDto } from "./webhook-dto";
import { wakeWebhookWorker } from "./worker-signal";

export async function updateWebhook({ actor, input }: { actor: Actor; input: unknown }): Promise<WebhookDto> {
  assertCan(actor, "webhooks:manage");
  const parsed = parseInput(updateWebhookInput, input);
  const url = parsed.url === undefined ? undefined : assertWebhookUrl(parsed.url);
  const events = parsed.events === undefined ? undefined : formatEventTypes(parsed.events);
  const result = await db.$transaction(async (tx) => {
    const before = await tx.webhook.findUnique({ where: { id: parsed.webhookId }, select: { url: true, events: true, isActive: true, version: true } });
    if (!before) throw new AppError("NOT_FOUND", { entity: "webhook" });
    if (before.version !== parsed.version) throw new AppError("CONFLICT", { entity: "webhook" });
    const after = { url: url ?? before.url, events: events ?? before.events, isActive: parsed.isActive ?? before.isActive };
    const isReenabled = after.isActive && !before.isActive;
    // The version in the WHERE clause: an automatic disabling in between makes this a CONFLICT.
    const written = await tx.webhook.updateMany({
      where: { id: parsed.webhookId, version: parsed.version },
      data: { ...after, version: { increment: 1 }, ...(isReenabled ? { disabledAt: null, disabledReason: null, consecutiveFailures: 0 } : {}) },
    });
    if (written.count === 0) throw new AppError("CONFLICT", { entity: "webhook" });
    const changed = Object.fromEntries(Object.entries(after).filter(([key, value]) => before[key as keyof typeof after] !== value));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "webhook.updated",
      entityType: "Webhook",
      entityId: parsed.webhookId,
      data: { from: Object.fromEntries(Object.keys(changed).map((key) => [key, before[key as keyof typeof after]])), to: changed },
    });
    return { dto: await findWebhookDto(tx, parsed.webhookId), isReenabled };
  });
  if (result.isReenabled) wakeWebhookWorker();
  return result.dto;
}
