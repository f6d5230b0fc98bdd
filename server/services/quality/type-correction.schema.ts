import { z } from "zod";
import { defineContract, idParams } from "../../api/contract";
import { segmentIdInput, segmentVersionInput } from "../segments/segment-dto.schema";
import { reviewErrorInput } from "./review-error.schema";

export const typeCorrectionInput = z.object({
  segmentId: segmentIdInput,
  /** The paragraph's version the reviewer saw: their correction must be its latest change. */
  version: segmentVersionInput,
  error: reviewErrorInput,
});

export const typedErrorSchema = z.object({ segmentId: z.string(), category: z.string(), severity: z.string(), penalty: z.number().int() });
export type TypedErrorDto = z.infer<typeof typedErrorSchema>;

export const typeCorrectionContract = defineContract({
  operationId: "typeCorrection",
  tag: "quality",
  method: "POST",
  path: "/api/segments/{id}/review-errors",
  summary:
    "Types (MQM category and severity) the correction the reviewer just saved on a paragraph: the paragraph's latest change must be that reviewer's edit at the version given. Reviewers and administrators.",
  access: "segment:reject",
  params: idParams,
  body: typeCorrectionInput.omit({ segmentId: true }),
  response: typedErrorSchema,
  status: 201,
});
