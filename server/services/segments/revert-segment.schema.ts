import { z } from "zod";
import { defineContract, idParams } from "../../api/contract";
import { segmentChangeResultSchema, segmentIdInput, segmentVersionInput } from "./segment-dto.schema";

export const revertSegmentInput = z.object({
  segmentId: segmentIdInput,
  revisionId: z.string().min(1).max(64),
  version: segmentVersionInput,
});

export const revertSegmentContract = defineContract({
  operationId: "revertSegment",
  tag: "segments",
  method: "POST",
  path: "/api/segments/{id}/revert",
  summary: "Restores the text a paragraph had after one of its revisions, as a new REVERT revision that goes back to review.",
  access: "segment:edit",
  params: idParams,
  body: revertSegmentInput.omit({ segmentId: true }),
  response: segmentChangeResultSchema,
});
