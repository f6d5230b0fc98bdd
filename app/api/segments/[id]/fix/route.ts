import { handleRoute } from "@/server/api/handle-route";
import { applyFindingFix } from "@/server/services/quality/apply-finding-fix";
import { applyFindingFixContract } from "@/server/services/quality/apply-finding-fix.schema";

export const POST = handleRoute(applyFindingFixContract, ({ actor, params, body }) => applyFindingFix({ actor, input: { ...(body as object), segmentId: params.id } }));
