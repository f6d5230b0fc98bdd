import { defineContract } from "../../api/contract";
import { webhookParams, webhookSchema } from "./webhook-dto.schema";

export const getWebhookContract = defineContract({
  operationId: "getWebhook",
  tag: "webhooks",
  method: "GET",
  path: "/api/webhooks/{id}",
  summary: "One webhook endpoint (never its secret).",
  access: "webhooks:manage",
  params: webhookParams,
  response: webhookSchema,
});
