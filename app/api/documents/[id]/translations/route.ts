import { handleRoute } from "@/server/api/handle-route";
import { addTranslation } from "@/server/services/translations/add-translation";
import { addTranslationContract } from "@/server/services/translations/add-translation.schema";
import { listTranslations } from "@/server/services/translations/list-translations";
import { listTranslationsContract } from "@/server/services/translations/list-translations.schema";

export const GET = handleRoute(listTranslationsContract, ({ actor, params }) => listTranslations({ actor, documentId: params.id }));

export const POST = handleRoute(addTranslationContract, ({ actor, params, body }) => addTranslation({ actor, input: { ...(body as object), documentId: params.id } }));
