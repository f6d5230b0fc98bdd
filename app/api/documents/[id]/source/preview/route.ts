import { handleRoute } from "@/server/api/handle-route";
import { previewSourceUpdate } from "@/server/services/sources/preview-source-update";
import { previewSourceUpdateContract } from "@/server/services/sources/preview-source-update.schema";

export const POST = handleRoute(previewSourceUpdateContract, ({ actor, params, body }) => previewSourceUpdate({ actor, input: { ...(body as object), documentId: params.id } }));
