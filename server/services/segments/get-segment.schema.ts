import { defineContract, idParams } from "../../api/contract";
import { segmentDtoSchema } from "./segment-dto.schema";

export const getSegmentContract = defineContract({
  operationId: "getSegment",
  tag: "segments",
  method: "GET",
  path: "/api/segments/{id}",
  summary: "One paragraph as it is now (for viewers catching up on a live update).",
  access: "document:view",
  params: idParams,
  response: segmentDtoSchema,
});
