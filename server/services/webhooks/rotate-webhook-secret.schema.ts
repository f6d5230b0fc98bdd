import { z } from "zod";
import { defineContract } from "../../api/contract";
import { webhookParams } from "./webhook-dto.schema";

export const rotatedSecretSchema = z.object({
  secret: z.string().describe("The new signing secret, shown only here."),
  previousSecretExpiresAt: z.string().describe("Until then (24 hours) deliveries carry a signature with the previous secret too (ISO 8601)."),
  version: z.number().int(),
});
export type RotatedSecretDto = z.infer<typeof rotatedSecretSchema>;

export const rotateWebhookSecretContract = defineContract({
  operationId: "rotateWebhookSecret",
  tag: "webhooks",
  method: "POST",
  path: "/api/webhooks/{id}/rotate-secret",
  summary:
    "Replaces the endpoint's signing secret. For 24 hours every delivery carries two signatures (new and previous secret, space-separated in webhook-signature), so the receiver can switch secrets without losing a delivery.",
  access: "webhooks:manage",
  params: webhookParams,
  response: rotatedSecretSchema,
});
