import "server-only";
import { randomBytes } from "node:crypto";
import { WEBHOOK_EVENT_DATA, type WebhookEventData, type WebhookEventType } from "@/domain/webhooks/events";
import type { Tx } from "../../db";

/** A Standard Webhooks message id: the same on every retry of the event, to every endpoint. */
export function newMessageId(): string {
  return `msg_${randomBytes(18).toString("base64url")}`;
}

/**
 * Writes an event to the outbox on the caller's transaction: one WebhookEvent with the whole
 * payload, and one PENDING delivery per active endpoint subscribed to its type. The change and
 * the event commit together or not at all, so a crash after commit loses nothing (any worker
 * picks the deliveries up) and a failed change sends nothing. Writes nothing when no endpoint
 * listens. Returns the event id, or null when nothing was written.
 */
export async function enqueueWebhookEvent<T extends WebhookEventType>(tx: Tx, type: T, data: WebhookEventData<T>, now = new Date()): Promise<string | null> {
  // Subscriptions are stored space-separated; the exact match is made here, on few rows.
  const endpoints = (await tx.webhook.findMany({ where: { isActive: true, events: { contains: type } }, select: { id: true, events: true } })).filter((endpoint) =>
    endpoint.events.split(" ").includes(type),
  );
  if (endpoints.length === 0) return null;
  const id = newMessageId();
  // Validated against the documented schema, so what a receiver gets is what the API reference says.
  const payload = { type, timestamp: now.toISOString(), data: WEBHOOK_EVENT_DATA[type].parse(data) };
  await tx.webhookEvent.create({ data: { id, type, payload: JSON.stringify(payload), createdAt: now }, select: { id: true } });
  await tx.webhookDelivery.createMany({ data: endpoints.map((endpoint) => ({ webhookId: endpoint.id, eventId: id, nextAttemptAt: now, createdAt: now })) });
  return id;
}
