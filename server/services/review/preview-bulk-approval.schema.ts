import { z } from "zod";
import { defineContract, idParams, langQuery } from "../../api/contract";
import { segmentIdInput, segmentVersionInput } from "../segments/segment-dto.schema";

/** A paragraph as the reviewer confirms it: approved only if still at this version. */
export const approvableSegmentSchema = z.object({ id: segmentIdInput, version: segmentVersionInput });

export const bulkApprovalPreviewSchema = z.object({
  segments: z.array(approvableSegmentSchema),
  /**
   * The paragraphs of `segments` that still carry open warnings (quality findings below error
   * severity, which keep a paragraph out): the reviewer may leave them out.
   */
  withWarnings: z.array(approvableSegmentSchema.extend({ paragraph: z.number().int(), checkIds: z.array(z.string()) })),
});

export type ApprovableSegment = z.infer<typeof approvableSegmentSchema>;
export type BulkApprovalPreviewDto = z.infer<typeof bulkApprovalPreviewSchema>;

export const previewBulkApprovalContract = defineContract({
  operationId: "previewBulkApproval",
  tag: "review",
  method: "GET",
  path: "/api/documents/{id}/bulk-approval",
  summary: "What approving every ready paragraph would approve (submitted, with text, no open error), listing those that carry warnings, for the confirmation the reviewer sees first.",
  access: "segment:approve",
  params: idParams,
  query: langQuery,
  response: bulkApprovalPreviewSchema,
});
