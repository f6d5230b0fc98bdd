import { handleRoute } from "@/server/api/handle-route";
import { getSegment } from "@/server/services/segments/get-segment";
import { getSegmentContract } from "@/server/services/segments/get-segment.schema";
import { saveSegment } from "@/server/services/segments/save-segment";
import { saveSegmentContract } from "@/server/services/segments/save-segment.schema";

// The URL, not the body, names the paragraph; the service validates the rest.
export const PUT = handleRoute(saveSegmentContract, ({ actor, params, body }) => saveSegment({ actor, input: { ...(body as object), segmentId: params.id } }));

export const GET = handleRoute(getSegmentContract, ({ actor, params }) => getSegment({ actor, segmentId: params.id }));
