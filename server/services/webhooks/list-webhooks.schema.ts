import { z } from "zod";
import { defineContract } from "../../api/contract";
import { webhookSchema } from "./webhook-dto.schema";

export const webhookListSchema = z.object({ webhooks: z.array(webhookSchema) });

export const listWebhooksContract = defineContract({
  operationId: "listWebhooks",
  tag: "webhooks",
  method: "GET",
  path: "/api/webhooks",
  summary: "Lists the webhook endpoints (at most MAX_WEBHOOKS, 50), newest first, with their pending and failed deliveries; endpoints switched off after repeated failures carry disabledAt and disabledReason.",
  access: "webhooks:manage",
  response: webhookListSchema,
});
