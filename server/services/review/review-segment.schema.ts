import { z } from "zod";
import { defineContract, idParams } from "../../api/contract";
import { segmentChangeResultSchema, segmentIdInput, segmentVersionInput } from "../segments/segment-dto.schema";
import { reviewErrorInput } from "../quality/review-error.schema";

/** The longest rejection reason: a note to the translator, not an essay. */
const MAX_REASON_LENGTH = 2_000;

/** The review moves (domain/workflow/review-actions.ts), as the body of the route names them. */
export const reviewSegmentBody = z.discriminatedUnion("action", [
  z.object({ action: z.literal("submit"), version: segmentVersionInput }),
  z.object({ action: z.literal("approve"), version: segmentVersionInput }),
  z.object({
    action: z.literal("reject"),
    version: segmentVersionInput,
    reason: z.string().trim().min(1).max(MAX_REASON_LENGTH).describe("Why: kept with the state change and posted as a comment for the translator."),
    error: reviewErrorInput.optional(),
  }),
  z.object({ action: z.literal("exclude"), version: segmentVersionInput }),
  z.object({ action: z.literal("include"), version: segmentVersionInput }),
]);

export const reviewSegmentInput = z.intersection(z.object({ segmentId: segmentIdInput }), reviewSegmentBody);


export const reviewSegmentContract = defineContract({
  operationId: "reviewSegment",
  tag: "review",
  method: "POST",
  path: "/api/segments/{id}/review",
  summary:
    "Moves a paragraph through review without touching its text. Each action needs its own right: submit segment:submit, approve segment:approve, reject segment:reject, exclude and include segment:exclude.",
  // The least of the rights involved; the service asserts the one the action needs.
  access: "segment:submit",
  params: idParams,
  body: reviewSegmentBody,
  response: segmentChangeResultSchema,
});
