import "server-only";
import { formatEventTypes } from "@/domain/webhooks/events";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { assertWebhookUrl } from "./check-endpoint-url";
import { createWebhookInput, type CreatedWebhookDto } from "./create-webhook.schema";
import { newWebhookSecret } from "./sign-webhook";
import { MAX_WEBHOOKS } from "./webhook-dto.schema";
import { findWebhookDto } from "./webhook-dto";

/** Registers an endpoint with a new secret; the endpoint and its audit event commit together (no secret in the audit). */
export async function createWebhook({ actor, input }: { actor: Actor; input: unknown }): Promise<CreatedWebhookDto> {
  assertCan(actor, "webhooks:manage");
  const parsed = parseInput(createWebhookInput, input);
  const url = assertWebhookUrl(parsed.url);
  const events = formatEventTypes(parsed.events);
  const secret = newWebhookSecret();
  return db.$transaction(async (tx) => {
    if ((await tx.webhook.count()) >= MAX_WEBHOOKS) throw new AppError("INVALID_INPUT", { field: "webhooks", reason: "too-many", limit: MAX_WEBHOOKS });
    const { id } = await tx.webhook.create({ data: { url, events, isActive: parsed.isActive, secret, createdById: actor.id }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "webhook.created", entityType: "Webhook", entityId: id, data: { url, events: events.split(" "), isActive: parsed.isActive } });
    return { ...(await findWebhookDto(tx, id)), secret };
  });
}
