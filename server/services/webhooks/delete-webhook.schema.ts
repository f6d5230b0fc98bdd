import { defineContract } from "../../api/contract";
import { webhookParams } from "./webhook-dto.schema";

export const deleteWebhookContract = defineContract({
  operationId: "deleteWebhook",
  tag: "webhooks",
  method: "DELETE",
  path: "/api/webhooks/{id}",
  summary: "Deletes an endpoint with its pending deliveries and delivery log; the events stay for the other endpoints.",
  access: "webhooks:manage",
  params: webhookParams,
  status: 204,
  produces: { kind: "empty" },
});
