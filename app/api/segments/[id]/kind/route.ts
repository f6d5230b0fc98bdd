import { handleRoute } from "@/server/api/handle-route";
import { changeSegmentKind } from "@/server/services/segments/change-segment-kind";
import { changeSegmentKindContract } from "@/server/services/segments/change-segment-kind.schema";

export const POST = handleRoute(changeSegmentKindContract, ({ actor, params, body }) =>
  changeSegmentKind({ actor, input: { ...(body as object), segmentId: params.id } }),
);
