import { handleRoute } from "@/server/api/handle-route";
import { deleteWebhook } from "@/server/services/webhooks/delete-webhook";
import { deleteWebhookContract } from "@/server/services/webhooks/delete-webhook.schema";
import { getWebhook } from "@/server/services/webhooks/get-webhook";
import { getWebhookContract } from "@/server/services/webhooks/get-webhook.schema";
import { updateWebhook } from "@/server/services/webhooks/update-webhook";
import { updateWebhookContract } from "@/server/services/webhooks/update-webhook.schema";

export const GET = handleRoute(getWebhookContract, ({ actor, params }) => getWebhook({ actor, webhookId: params.id }));

export const PATCH = handleRoute(updateWebhookContract, ({ actor, params, body }) => updateWebhook({ actor, input: { ...(body as object), webhookId: params.id } }));

export const DELETE = handleRoute(deleteWebhookContract, ({ actor, params }) => deleteWebhook({ actor, webhookId: params.id }));
