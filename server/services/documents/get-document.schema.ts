import { z } from "zod";
import type { GlossaryEntry } from "@/domain/qa/types";
import { defineContract, idParams } from "../../api/contract";
import { dismissalSchema } from "../quality/finding.schema";
import { segmentDtoSchema } from "../segments/segment-dto.schema";
import { progressSchema } from "./list-documents.schema";

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
  targetLang: z.string(),
  status: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
  progress: progressSchema,
  segments: z.array(segmentDtoSchema),
});

export type DocumentDto = z.infer<typeof documentSchema>;

export const getDocumentContract = defineContract({
  operationId: "getDocument",
  tag: "documents",
  method: "GET",
  path: "/api/documents/{id}",
  summary: "A document with all its paragraphs, its progress, and what the editor needs to run the quality checks.",
  access: "document:view",
  params: idParams,
  response: documentSchema,
});
