import { handleRoute } from "@/server/api/handle-route";
import { previewTranslation } from "@/server/services/translations/preview-translation";
import { previewTranslationContract } from "@/server/services/translations/preview-translation.schema";

export const POST = handleRoute(previewTranslationContract, ({ actor, params, body }) => previewTranslation({ actor, input: { ...(body as object), documentId: params.id } }));
