import { handleRoute } from "@/server/api/handle-route";
import { dismissFinding } from "@/server/services/quality/dismiss-finding";
import { dismissFindingContract } from "@/server/services/quality/dismiss-finding.schema";

export const POST = handleRoute(dismissFindingContract, ({ actor, params, body }) => dismissFinding({ actor, input: { ...(body as object), segmentId: params.id } }));
