import { z } from "zod";
import { defineContract } from "../../api/contract";
import { webhookEventTypeSchema, webhookParams } from "./webhook-dto.schema";

export const DELIVERIES_PAGE_SIZE = 20;
export const MAX_DELIVERIES_PAGE_SIZE = 100;
/** The latest attempts shown per delivery; the log keeps them all. */
export const ATTEMPTS_SHOWN = 10;

export const listWebhookDeliveriesInput = z.object({
  webhookId: z.string().min(1).max(64),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_DELIVERIES_PAGE_SIZE).default(DELIVERIES_PAGE_SIZE),
  status: z.enum(["PENDING", "DELIVERED", "FAILED"]).optional().describe("Only deliveries in this state."),
});

export const webhookAttemptSchema = z.object({
  attemptedAt: z.string(),
  /** null: no answer (refused, timed out, blocked address); the excerpt says why. */
  statusCode: z.number().int().nullable(),
  succeeded: z.boolean(),
  durationMs: z.number().int(),
  responseExcerpt: z.string().describe("The start of the answer or of the error, at most 1,000 characters."),
});

export const webhookDeliverySchema = z.object({
  id: z.string(),
  /** The Standard Webhooks message id (webhook-id), the same on every attempt. */
  eventId: z.string(),
  eventType: webhookEventTypeSchema,
  status: z.enum(["PENDING", "DELIVERED", "FAILED"]),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastAttemptAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
  /** The latest attempts, newest first. */
  attemptLog: z.array(webhookAttemptSchema),
});
export type WebhookDeliveryDto = z.infer<typeof webhookDeliverySchema>;

export const webhookDeliveryPageSchema = z.object({
  deliveries: z.array(webhookDeliverySchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  pageCount: z.number().int(),
});
export type WebhookDeliveryPageDto = z.infer<typeof webhookDeliveryPageSchema>;

export const listWebhookDeliveriesContract = defineContract({
  operationId: "listWebhookDeliveries",
  tag: "webhooks",
  method: "GET",
  path: "/api/webhooks/{id}/deliveries",
  summary: "The endpoint's delivery log, newest first, paged: each delivery's state and its latest attempts (status, time, duration, response excerpt).",
  access: "webhooks:manage",
  params: webhookParams,
  query: listWebhookDeliveriesInput.omit({ webhookId: true }),
  response: webhookDeliveryPageSchema,
});
