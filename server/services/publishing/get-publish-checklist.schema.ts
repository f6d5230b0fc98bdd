import { z } from "zod";
import { PUBLISH_BLOCKER_CODES, type ChecklistItem } from "@/domain/publishing/publish-gate";
import { defineContract, idParams, langQuery } from "../../api/contract";
import { translationQualitySchema } from "../quality/translation-quality.schema";

export const checklistItemSchema = z.object({
  code: z.enum(PUBLISH_BLOCKER_CODES),
  isOk: z.boolean(),
  /** Paragraph numbers, from 1, that keep the item from passing. */
  paragraphs: z.array(z.number().int()),
}) satisfies z.ZodType<ChecklistItem>;

export const publishChecklistSchema = z.object({
  items: z.array(checklistItemSchema),
  /** The MQM quality score: a warning, or a blocker when the administrator makes it one (decision 024). */
  quality: translationQualitySchema,
  isPublishable: z.boolean(),
  /** Whether the actor may publish although an item fails (with a reason). */
  canOverride: z.boolean(),
});

export type PublishChecklistDto = z.infer<typeof publishChecklistSchema>;

export const getPublishChecklistContract = defineContract({
  operationId: "getPublishChecklist",
  tag: "publishing",
  method: "GET",
  path: "/api/documents/{id}/publish-checklist",
  summary: "What stands between the document and publication, item by item, quality findings included.",
  access: "document:view",
  params: idParams,
  query: langQuery,
  response: publishChecklistSchema,
});
