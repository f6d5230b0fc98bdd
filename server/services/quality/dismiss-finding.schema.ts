import { z } from "zod";
import { defineContract, idParams } from "../../api/contract";
import { segmentIdInput } from "../segments/segment-dto.schema";
import { checkIdInput, dismissalSchema } from "./finding.schema";
import { reviewErrorInput } from "./review-error.schema";

/** The longest reason for dismissing a finding. */
const MAX_DISMISSAL_REASON_LENGTH = 1_000;

export const dismissFindingInput = z.object({
  segmentId: segmentIdInput,
  checkId: checkIdInput,
  reason: z.string().trim().min(1).max(MAX_DISMISSAL_REASON_LENGTH),
  /** The finding was right after all but the text stays: the error is typed (MQM, decision 024). */
  error: reviewErrorInput.optional(),
});

export const dismissFindingContract = defineContract({
  operationId: "dismissFinding",
  tag: "quality",
  method: "POST",
  path: "/api/segments/{id}/dismissals",
  summary: "Dismisses a check's finding for the paragraph's current texts, with a reason; it comes back if either text changes.",
  access: "segment:edit",
  params: idParams,
  body: dismissFindingInput.omit({ segmentId: true }),
  response: dismissalSchema,
  status: 201,
});
