import { handleRoute } from "@/server/api/handle-route";
import { rotateWebhookSecret } from "@/server/services/webhooks/rotate-webhook-secret";
import { rotateWebhookSecretContract } from "@/server/services/webhooks/rotate-webhook-secret.schema";

export const POST = handleRoute(rotateWebhookSecretContract, ({ actor, params }) => rotateWebhookSecret({ actor, webhookId: params.id }));
