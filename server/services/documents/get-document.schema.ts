import { z } from "zod";
import type { GlossaryEntry } from "@/domain/qa/types";
import { defineContract, idParams, langQuery } from "../../api/contract";
import { dismissalSchema } from "../quality/finding.schema";
import { segmentDtoSchema } from "../segments/segment-dto.schema";
import { translationSummarySchema } from "../translations/translation-summary.schema";
import { progressSchema } from "./progress.schema";

const glossaryEntrySchema = z.object({
  sourceTerm: z.string(),
  targetTerm: z.string(),
  forbidden: z.array(z.string()),
  isCaseSensitive: z.boolean(),
}) satisfies z.ZodType<GlossaryEntry>;

export const documentSchema = z.object({
  /** The glossary and the dismissed findings, so the editor runs the quality checks as the user types. */
  glossary: z.array(glossaryEntrySchema),
  dismissals: z.array(dismissalSchema),
  id: z.string(),
  title: z.string(),
  sourceLang: z.string(),
  /** The translation shown (BCP 47). */
  targetLang: z.string(),
  /** The translation's status. */
  status: z.string(),
  version: z.number().int(),
  /** The number of the article's current source revision. */
  sourceRevision: z.number().int(),
  /** The French changed since this translation was last published. */
  isSourceUpdatedSincePublication: z.boolean(),
  /** Every language of the article the actor may work on, English first, with its progress: the language switcher. */
  languages: z.array(translationSummarySchema),
  updatedAt: z.string(),
  progress: progressSchema,
  /** The paragraphs of the current article, in order. */
  segments: z.array(segmentDtoSchema),
  /** Paragraphs removed from the article by source updates, kept with their history. */
  removedSegments: z.array(segmentDtoSchema),
});

export type DocumentDto = z.infer<typeof documentSchema>;

export const getDocumentContract = defineContract({
  operationId: "getDocument",
  tag: "documents",
  method: "GET",
  path: "/api/documents/{id}",
  summary: "One translation of a document (English unless lang names another) with all its paragraphs, its progress, its languages, and what the editor needs to run the quality checks.",
  access: "document:view",
  params: idParams,
  query: langQuery,
  response: documentSchema,
});
