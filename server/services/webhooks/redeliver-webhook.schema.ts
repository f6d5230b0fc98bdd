import { z } from "zod";
import { defineContract } from "../../api/contract";
import { webhookDeliverySchema } from "./list-webhook-deliveries.schema";

export const redeliverWebhookInput = z.object({ webhookId: z.string().min(1).max(64), deliveryId: z.string().min(1).max(64) });

export const redeliverWebhookContract = defineContract({
  operationId: "redeliverWebhook",
  tag: "webhooks",
  method: "POST",
  path: "/api/webhooks/{id}/deliveries/{deliveryId}/redeliver",
  summary:
    "Sends a delivery again (delivered, failed or still pending) with the same webhook-id and a fresh retry schedule; it goes out within seconds while the endpoint is active, or when it is switched back on.",
  access: "webhooks:manage",
  params: z.object({ id: z.string().min(1).max(64), deliveryId: z.string().min(1).max(64) }),
  response: webhookDeliverySchema,
});
