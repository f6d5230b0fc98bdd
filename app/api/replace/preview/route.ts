import { handleRoute } from "@/server/api/handle-route";
import { previewReplace } from "@/server/services/replace/preview-replace";
import { previewReplaceContract } from "@/server/services/replace/preview-replace.schema";

export const POST = handleRoute(previewReplaceContract, ({ actor, body }) => previewReplace({ actor, input: body }));
