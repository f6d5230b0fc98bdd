import { handleRoute } from "@/server/api/handle-route";
import { createWebhook } from "@/server/services/webhooks/create-webhook";
import { createWebhookContract } from "@/server/services/webhooks/create-webhook.schema";
import { listWebhooks } from "@/server/services/webhooks/list-webhooks";
import { listWebhooksContract } from "@/server/services/webhooks/list-webhooks.schema";

export const GET = handleRoute(listWebhooksContract, ({ actor }) => listWebhooks({ actor }));

export const POST = handleRoute(createWebhookContract, ({ actor, body }) => createWebhook({ actor, input: body }));
