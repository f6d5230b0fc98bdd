import { z } from "zod";
import type { DiffPart } from "@/domain/history/word-diff";
import { SEGMENT_KINDS } from "@/domain/segmentation/classify-segment";
import { SEGMENT_STATES } from "@/domain/workflow/segment-state";
import { defineContract, idParams } from "../../api/contract";

const diffPartSchema = z.object({ type: z.enum(["same", "added", "removed"]), text: z.string() }) satisfies z.ZodType<DiffPart>;

export const historyEntrySchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("revision"),
    id: z.string(),
    /** Why the text changed: IMPORT, EDIT, REVIEW_EDIT, REPLACE, REVERT, FIX or MEMORY (a translation-memory match inserted). */
    reason: z.enum(["IMPORT", "EDIT", "REVIEW_EDIT", "REPLACE", "REVERT", "FIX", "MEMORY"]),
    authorName: z.string(),
    createdAt: z.string(),
    before: z.string(),
    after: z.string(),
    segmentVersion: z.number().int(),
    diff: z.array(diffPartSchema),
  }),
  /**
   * The French changed (a new source revision): SOURCE made the translation outdated, SOURCE_MINOR
   * was a typo-level change that did not. `before` and `after` are French.
   */
  z.object({
    type: z.literal("source"),
    id: z.string(),
    isMinor: z.boolean(),
    authorName: z.string(),
    createdAt: z.string(),
    before: z.string(),
    after: z.string(),
    segmentVersion: z.number().int(),
    diff: z.array(diffPartSchema),
  }),
  /** The paragraph was reclassified (a KIND revision): its kind before and after, never a text. */
  z.object({
    type: z.literal("kind"),
    id: z.string(),
    fromKind: z.enum(SEGMENT_KINDS),
    toKind: z.enum(SEGMENT_KINDS),
    authorName: z.string(),
    createdAt: z.string(),
    segmentVersion: z.number().int(),
  }),
  z.object({
    type: z.literal("state"),
    id: z.string(),
    fromState: z.enum(SEGMENT_STATES),
    toState: z.enum(SEGMENT_STATES),
    actorName: z.string(),
    comment: z.string().nullable(),
    createdAt: z.string(),
    segmentVersion: z.number().int(),
  }),
]);

export type HistoryEntryDto = z.infer<typeof historyEntrySchema>;

export const getSegmentHistoryContract = defineContract({
  operationId: "getSegmentHistory",
  tag: "segments",
  method: "GET",
  path: "/api/segments/{id}/history",
  summary: "Every change of one paragraph, newest first: text revisions with a word diff grouped into phrases, kind changes and state moves.",
  access: "document:view",
  params: idParams,
  response: z.array(historyEntrySchema),
});
