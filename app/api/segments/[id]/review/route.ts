import { handleRoute } from "@/server/api/handle-route";
import { reviewSegment } from "@/server/services/review/review-segment";
import { reviewSegmentContract } from "@/server/services/review/review-segment.schema";

export const POST = handleRoute(reviewSegmentContract, ({ actor, params, body }) => reviewSegment({ actor, input: { ...(body as object), segmentId: params.id } }));
