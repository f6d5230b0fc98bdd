import { z } from "zod";
import { defineContract, idParams } from "../../api/contract";

export const undoBatchInput = z.object({ batchId: z.uuid() });

export const undoResultSchema = z.object({
  restored: z.number().int(),
  /** Paragraphs changed since the batch: they keep the newer work. */
  skipped: z.number().int(),
});

export type UndoResultDto = z.infer<typeof undoResultSchema>;

export const undoBatchContract = defineContract({
  operationId: "undoBatch",
  tag: "batches",
  method: "POST",
  path: "/api/batches/{id}/undo",
  summary:
    "Undoes a batch in one step: a bulk approval (paragraphs go back to their earlier state) or a find-and-replace (they get their text back, which needs text:replace). A paragraph changed since keeps the newer work and counts as skipped.",
  // Bulk approvals need segment:approve, replacements text:replace; the service asserts the one the batch needs.
  access: "segment:approve",
  params: idParams,
  response: undoResultSchema,
});
