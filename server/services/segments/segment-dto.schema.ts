// What the browser gets of a paragraph, and what every change of one answers. Pure: the editor
// imports it to read the paragraph a 409 carries, so no Prisma and no server-only code here.
import { z } from "zod";
import { SEGMENT_KINDS } from "@/domain/segmentation/classify-segment";
import { SEGMENT_STATES } from "@/domain/workflow/segment-state";

/** The paragraph a change is about, named by the URL. */
export const segmentIdInput = z.string().min(1).max(64);
/** The version a change is based on: anything but the current one is a CONFLICT (409). */
export const segmentVersionInput = z.number().int().positive();

export const segmentDtoSchema = z.object({
  id: z.string(),
  documentId: z.string(),
  /** The translation's target language (BCP 47). */
  lang: z.string(),
  position: z.number().int(),
  kind: z.enum(SEGMENT_KINDS),
  state: z.enum(SEGMENT_STATES),
  sourceText: z.string(),
  targetText: z.string(),
  version: z.number().int(),
  /** The source revision since which this French is current. */
  sourceRevision: z.number().int(),
  /** Set when a source revision removed the paragraph from the article (kept in history). */
  removedInRevision: z.number().int().nullable(),
  /** The French before the latest source change, while the paragraph is OUTDATED: the editor shows the diff. */
  previousSourceText: z.string().nullable(),
  lastEditorName: z.string().nullable(),
  /** ISO 8601. */
  updatedAt: z.string(),
  /** Open comment threads (replies and resolved threads do not count). */
  openCommentCount: z.number().int(),
});

/** What a paragraph change answers: the paragraph as now saved. */
export const segmentChangeResultSchema = z.object({
  segment: segmentDtoSchema,
  /** False when the change asked for what was already there: nothing was written. */
  changed: z.boolean(),
  fromState: z.enum(SEGMENT_STATES),
});

/** What the browser gets of a segment. Built from `segmentSelect`, never from a raw row. */
export type SegmentDto = z.infer<typeof segmentDtoSchema>;
export type SegmentChangeResult = z.infer<typeof segmentChangeResultSchema>;
