import { z } from "zod";
import { defineContract, idParams } from "../../api/contract";
import { MAX_SEGMENT_LENGTH } from "@/domain/import/limits";
import { segmentChangeResultSchema, segmentIdInput, segmentVersionInput } from "./segment-dto.schema";
import { reviewErrorInput } from "../quality/review-error.schema";

export const saveSegmentInput = z.object({
  segmentId: segmentIdInput,
  targetText: z.string().max(MAX_SEGMENT_LENGTH),
  version: segmentVersionInput,
  /** Also send the paragraph for review (Ctrl+Enter). */
  submit: z.boolean().default(false).describe("Also send the paragraph for review."),
  /** The translation-memory unit whose translation this text is: the history records it as from memory. */
  /** A reviewer's correction may type the error it corrects (MQM, decision 024). */
  error: reviewErrorInput.optional(),
  memoryUnitId: z.number().int().positive().optional().describe("The translation-memory unit inserted (its target text must be the text saved): recorded as MEMORY in the history."),
});

export const saveSegmentContract = defineContract({
  operationId: "saveSegment",
  tag: "segments",
  method: "PUT",
  path: "/api/segments/{id}",
  summary: "Saves a paragraph's English text, optionally submitting it. A stale version is a 409 whose details.current is the paragraph as saved.",
  access: "segment:edit",
  params: idParams,
  body: saveSegmentInput.omit({ segmentId: true }),
  response: segmentChangeResultSchema,
});
