import { z } from "zod";
import { SEGMENT_KINDS } from "@/domain/segmentation/classify-segment";
import { defineContract, idParams } from "../../api/contract";
import { segmentChangeResultSchema, segmentIdInput, segmentVersionInput } from "./segment-dto.schema";

export const changeSegmentKindInput = z.object({
  segmentId: segmentIdInput,
  kind: z.enum(SEGMENT_KINDS),
  version: segmentVersionInput,
});

export const changeSegmentKindContract = defineContract({
  operationId: "changeSegmentKind",
  tag: "segments",
  method: "POST",
  path: "/api/segments/{id}/kind",
  summary: "Reclassifies a paragraph (title, caption, body, tag, page furniture...) that the import guessed wrong.",
  access: "segment:edit",
  params: idParams,
  body: changeSegmentKindInput.omit({ segmentId: true }),
  response: segmentChangeResultSchema,
});
