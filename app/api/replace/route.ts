import { handleRoute } from "@/server/api/handle-route";
import { applyReplace } from "@/server/services/replace/apply-replace";
import { applyReplaceContract } from "@/server/services/replace/apply-replace.schema";

export const POST = handleRoute(applyReplaceContract, ({ actor, body }) => applyReplace({ actor, input: body }));
