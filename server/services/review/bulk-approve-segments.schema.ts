import { z } from "zod";
import { defineContract, idParams } from "../../api/contract";
import { approvableSegmentSchema } from "./preview-bulk-approval.schema";

/** The most paragraphs one bulk approval takes: far beyond a real article. */
const MAX_BULK_SEGMENTS = 10_000;

export const bulkApproveSegmentsInput = z.object({
  documentId: z.string().min(1).max(64),
  /** The translation (BCP 47); English when omitted. */
  lang: z.string().max(35).optional(),
  /** Exactly what the reviewer confirmed; a paragraph changed since is skipped, not approved. */
  segments: z.array(approvableSegmentSchema).max(MAX_BULK_SEGMENTS),
});

export const bulkApprovalResultSchema = z.object({
  /** The batch to undo in one step; null when nothing was approved. */
  batchId: z.string().nullable(),
  approved: z.number().int(),
  skipped: z.number().int(),
});

export type BulkApprovalResultDto = z.infer<typeof bulkApprovalResultSchema>;

export const bulkApproveSegmentsContract = defineContract({
  operationId: "bulkApproveSegments",
  tag: "review",
  method: "POST",
  path: "/api/documents/{id}/bulk-approval",
  summary: "Approves the confirmed paragraphs in one transaction, as one batch that can be undone at once; a paragraph changed since the preview is skipped.",
  access: "segment:approve",
  params: idParams,
  body: bulkApproveSegmentsInput.omit({ documentId: true }),
  response: bulkApprovalResultSchema,
});
