import { z } from "zod";
import { defineContract } from "../../api/contract";
import { webhookEventsInput, webhookParams, webhookSchema, webhookUrlInput } from "./webhook-dto.schema";

export const updateWebhookInput = z.object({
  webhookId: z.string().min(1).max(64),
  url: webhookUrlInput.optional(),
  events: webhookEventsInput.optional(),
  /** Switching an endpoint back on clears an automatic disabling and its failure count; its pending deliveries go out again. */
  isActive: z.boolean().optional(),
  /** The version the administrator saw; a stale one is a CONFLICT. */
  version: z.coerce.number().int().positive(),
});

export const updateWebhookContract = defineContract({
  operationId: "updateWebhook",
  tag: "webhooks",
  method: "PATCH",
  path: "/api/webhooks/{id}",
  summary: "Changes an endpoint's URL, events or active flag, given the version last seen (409 CONFLICT if it changed since, including an automatic disabling).",
  access: "webhooks:manage",
  params: webhookParams,
  body: updateWebhookInput.omit({ webhookId: true }),
  response: webhookSchema,
});
