import { handleRoute } from "@/server/api/handle-route";
import { updateSource } from "@/server/services/sources/update-source";
import { updateSourceContract } from "@/server/services/sources/update-source.schema";

export const PUT = handleRoute(updateSourceContract, ({ actor, params, body }) => updateSource({ actor, input: { ...(body as object), documentId: params.id } }));
