import { z } from "zod";
import { defineContract, idParams } from "../../api/contract";
import { segmentChangeResultSchema, segmentIdInput, segmentVersionInput } from "../segments/segment-dto.schema";
import { checkIdInput } from "./finding.schema";
import { reviewErrorInput } from "./review-error.schema";

export const applyFindingFixInput = z.object({
  segmentId: segmentIdInput,
  checkId: checkIdInput,
  version: segmentVersionInput,
  /** The error the fix corrects, typed by a reviewer (MQM, decision 024). */
  error: reviewErrorInput.optional(),
});

export const applyFindingFixContract = defineContract({
  operationId: "applyFindingFix",
  tag: "quality",
  method: "POST",
  path: "/api/segments/{id}/fix",
  summary: "Applies the certain fix of a check's finding, recomputed on the server from the paragraph as it is now: a FIX revision that goes back to review.",
  access: "segment:edit",
  params: idParams,
  body: applyFindingFixInput.omit({ segmentId: true }),
  response: segmentChangeResultSchema,
});
