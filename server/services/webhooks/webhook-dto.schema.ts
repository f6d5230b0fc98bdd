import { z } from "zod";
import { MAX_WEBHOOK_URL_LENGTH } from "@/domain/webhooks/endpoint-url";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/domain/webhooks/events";

/** Endpoints an installation may register: each event is written once per subscribed endpoint. */
export const MAX_WEBHOOKS = 50;

export const webhookEventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES as [WebhookEventType, ...WebhookEventType[]]);

export const webhookUrlInput = z.string().trim().min(1).max(MAX_WEBHOOK_URL_LENGTH).describe("https, or http to a host in WEBHOOK_ALLOWED_HOSTS; no private address unless listed.");
export const webhookEventsInput = z.array(webhookEventTypeSchema).min(1).max(WEBHOOK_EVENT_TYPES.length).describe("The event types the endpoint receives.");

/** What an administrator sees of an endpoint. Never the secret, which is only shown when made. */
export const webhookSchema = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(webhookEventTypeSchema),
  isActive: z.boolean(),
  /** Set when the endpoint was switched off because deliveries kept failing (ISO 8601). */
  disabledAt: z.string().nullable(),
  disabledReason: z.enum(["consecutive-failures", "retries-exhausted"]).nullable(),
  consecutiveFailures: z.number().int(),
  /** Until when the secret before the latest rotation still signs deliveries (ISO 8601), if it does. */
  previousSecretExpiresAt: z.string().nullable(),
  pendingDeliveries: z.number().int(),
  failedDeliveries: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type WebhookDto = z.infer<typeof webhookSchema>;

export const webhookParams = z.object({ id: z.string().min(1).max(64) });
