import { handleRoute } from "@/server/api/handle-route";
import { revertSegment } from "@/server/services/segments/revert-segment";
import { revertSegmentContract } from "@/server/services/segments/revert-segment.schema";

export const POST = handleRoute(revertSegmentContract, ({ actor, params, body }) => revertSegment({ actor, input: { ...(body as object), segmentId: params.id } }));
