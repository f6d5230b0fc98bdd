import { handleRoute } from "@/server/api/handle-route";
import { getSegmentHistory } from "@/server/services/segments/get-segment-history";
import { getSegmentHistoryContract } from "@/server/services/segments/get-segment-history.schema";

export const GET = handleRoute(getSegmentHistoryContract, ({ actor, params }) => getSegmentHistory({ actor, segmentId: params.id }));
