import { handleRoute } from "@/server/api/handle-route";
import { redeliverWebhook } from "@/server/services/webhooks/redeliver-webhook";
import { redeliverWebhookContract } from "@/server/services/webhooks/redeliver-webhook.schema";

export const POST = handleRoute(redeliverWebhookContract, ({ actor, params }) => redeliverWebhook({ actor, input: { webhookId: params.id, deliveryId: params.deliveryId } }));
