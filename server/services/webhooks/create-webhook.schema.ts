import { z } from "zod";
import { defineContract } from "../../api/contract";
import { webhookEventsInput, webhookSchema, webhookUrlInput } from "./webhook-dto.schema";

export const createWebhookInput = z.object({
  url: webhookUrlInput,
  events: webhookEventsInput,
  isActive: z.boolean().default(true),
});

/** The endpoint, and its signing secret: shown this once, then never again (rotate to get a new one). */
export const createdWebhookSchema = webhookSchema.extend({ secret: z.string().describe('The signing secret, "whsec_..." (Standard Webhooks).') });
export type CreatedWebhookDto = z.infer<typeof createdWebhookSchema>;

export const createWebhookContract = defineContract({
  operationId: "createWebhook",
  tag: "webhooks",
  method: "POST",
  path: "/api/webhooks",
  summary:
    "Registers an endpoint for some event types. The answer holds the signing secret, shown only here. The URL must be https at a public address unless its host is in WEBHOOK_ALLOWED_HOSTS (INVALID_INPUT with reason url-not-https, url-private-address, url-credentials or url-invalid).",
  access: "webhooks:manage",
  body: createWebhookInput,
  response: createdWebhookSchema,
  status: 201,
});
