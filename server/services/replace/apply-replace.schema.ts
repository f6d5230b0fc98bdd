import { z } from "zod";
import { defineContract } from "../../api/contract";
import { MAX_MATCHES, searchOptionsInput } from "./search-options.schema";

export const applyReplaceInput = searchOptionsInput.extend({
  /** The matches the user chose, at the versions they saw; a paragraph changed since is skipped. */
  segments: z.array(z.object({ id: z.string().min(1).max(64), version: z.number().int().positive() })).min(1).max(MAX_MATCHES),
});

export const replaceResultSchema = z.object({
  /** Undo them all with POST /api/batches/{id}/undo; null when nothing was replaced. */
  batchId: z.string().nullable(),
  replaced: z.number().int(),
  /** Chosen paragraphs changed (or excluded) since the preview, left as they are. */
  skipped: z.number().int(),
});

export type ReplaceResultDto = z.infer<typeof replaceResultSchema>;

export const applyReplaceContract = defineContract({
  operationId: "applyReplace",
  tag: "replace",
  method: "POST",
  path: "/api/replace",
  summary: "Replaces in the chosen paragraphs, recomputed from their current text, in one transaction under one batch id that one undo reverts.",
  access: "text:replace",
  body: applyReplaceInput,
  response: replaceResultSchema,
});
