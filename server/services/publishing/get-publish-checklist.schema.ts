import { z } from "zod";
import type { Article } from "@/domain/publishing/article";
import { PUBLISH_BLOCKER_CODES, type ChecklistItem } from "@/domain/publishing/publish-gate";
import { defineContract, idParams, langQuery } from "../../api/contract";
import { translationQualitySchema } from "../quality/translation-quality.schema";

export const checklistItemSchema = z.object({
  code: z.enum(PUBLISH_BLOCKER_CODES),
  isOk: z.boolean(),
  /** Paragraph numbers, from 1, that keep the item from passing. */
  paragraphs: z.array(z.number().int()),
  /** For the embargo item: the time before which the article may not be published (ISO 8601). */
  until: z.string().optional(),
}) satisfies z.ZodType<ChecklistItem>;

/** The final article as the final-language exports (HTML first) would carry it now: `buildArticle`'s result. */
export const articlePreviewSchema = z.object({
  language: z.string(),
  title: z.string(),
  caption: z.string().nullable(),
  byline: z.string().nullable(),
  readingTime: z.string().nullable(),
  body: z.array(z.object({ kind: z.enum(["BODY", "CREDIT"]), text: z.string() })),
  tags: z.array(z.string()),
}) satisfies z.ZodType<Article>;

export const publishChecklistSchema = z.object({
  items: z.array(checklistItemSchema),
  /** What publishing now would freeze, for a read-only preview before publishing. */
  preview: articlePreviewSchema,
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
  summary: "What stands between the document and publication, item by item, quality findings included, with a preview of the final article it would publish.",
  access: "document:view",
  params: idParams,
  query: langQuery,
  response: publishChecklistSchema,
});
