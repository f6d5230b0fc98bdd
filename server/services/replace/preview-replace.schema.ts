import { z } from "zod";
import { defineContract } from "../../api/contract";
import { searchOptionsInput } from "./search-options.schema";

export const previewReplaceInput = searchOptionsInput;

export const replaceMatchSchema = z.object({
  segmentId: z.string(),
  documentId: z.string(),
  documentTitle: z.string(),
  /** The paragraph's number in its document, from 1. */
  paragraph: z.number().int(),
  /** The version applying must name: a paragraph changed since is skipped. */
  version: z.number().int(),
  /** Matches in the paragraph. */
  count: z.number().int(),
  before: z.string(),
  after: z.string(),
});

export type ReplaceMatchDto = z.infer<typeof replaceMatchSchema>;

export const replacePreviewSchema = z.object({
  matches: z.array(replaceMatchSchema),
  /** More paragraphs match than the preview lists (MAX_MATCHES). */
  isTruncated: z.boolean(),
});

export type ReplacePreviewDto = z.infer<typeof replacePreviewSchema>;

export const previewReplaceContract = defineContract({
  operationId: "previewReplace",
  tag: "replace",
  method: "POST",
  path: "/api/replace/preview",
  summary: "Every English paragraph the search matches (excluded ones aside), with its text before and after; writes nothing.",
  access: "text:replace",
  body: previewReplaceInput,
  response: replacePreviewSchema,
});
