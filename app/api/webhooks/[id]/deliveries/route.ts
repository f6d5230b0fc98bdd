import { handleRoute } from "@/server/api/handle-route";
import { listWebhookDeliveries } from "@/server/services/webhooks/list-webhook-deliveries";
import { listWebhookDeliveriesContract } from "@/server/services/webhooks/list-webhook-deliveries.schema";

export const GET = handleRoute(listWebhookDeliveriesContract, ({ actor, params, query }) => listWebhookDeliveries({ actor, input: { ...query, webhookId: params.id } }));
