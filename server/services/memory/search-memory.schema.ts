import { z } from "zod";
import { CONCORDANCE_MAX_CHARS, CONCORDANCE_MAX_PAGES, CONCORDANCE_MIN_CHARS } from "@/domain/memory/limits";
import { defineContract, targetLanguageInput } from "../../api/contract";

export const searchMemoryQuery = z.object({
  q: z.string().trim().describe(`A word or phrase, in the source or the target language (${CONCORDANCE_MIN_CHARS} to ${CONCORDANCE_MAX_CHARS} characters).`),
  lang: targetLanguageInput.describe("The target language of the pair searched (the source is French)."),
  page: z.coerce.number().int().min(1).default(1).describe(`1-based; at most ${CONCORDANCE_MAX_PAGES}.`),
});

export const concordanceEntrySchema = z.object({
  unitId: z.number().int(),
  source: z.string(),
  target: z.string(),
  origin: z.enum(["APPROVED", "IMPORTED", "TMX"]),
  documentId: z.string().nullable(),
  documentTitle: z.string(),
  authorName: z.string(),
  approvedAt: z.string(),
});

export const concordanceSchema = z.object({
  entries: z.array(concordanceEntrySchema),
  page: z.number().int(),
  hasMore: z.boolean().describe("Another page follows."),
});

export type ConcordanceDto = z.infer<typeof concordanceSchema>;

export const searchMemoryContract = defineContract({
  operationId: "searchMemory",
  tag: "memory",
  method: "GET",
  path: "/api/memory/concordance",
  summary: "Concordance: the memory's paragraphs whose French or translation holds a word or phrase, with their translation; approved first, newest first, paged.",
  access: "document:view",
  query: searchMemoryQuery,
  response: concordanceSchema,
});
