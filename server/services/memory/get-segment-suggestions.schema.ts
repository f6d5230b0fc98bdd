import { z } from "zod";
import type { DiffPart } from "@/domain/history/word-diff";
import { defineContract, idParams } from "../../api/contract";

const diffPartSchema = z.object({ type: z.enum(["same", "added", "removed"]), text: z.string() }) satisfies z.ZodType<DiffPart>;

/** One translation-memory match for a text. */
export const memoryMatchSchema = z.object({
  unitId: z.number().int().describe("The memory unit: send it as memoryUnitId when saving its translation."),
  score: z.number().int().min(0).max(100).describe("Similarity of the unit's source to the text, 100 = the same text."),
  source: z.string().describe("The unit's source text (French)."),
  target: z.string().describe("Its translation."),
  origin: z.enum(["APPROVED", "IMPORTED", "TMX"]).describe("Approved in an article, imported with one (ranked below), or read from a TMX file."),
  documentId: z.string().nullable(),
  documentTitle: z.string(),
  authorName: z.string(),
  approvedAt: z.string().describe("When it was approved (or imported)."),
  isSentence: z.boolean().describe("The unit is one sentence of an approved paragraph."),
  diff: z.array(diffPartSchema).describe("Word diff from the unit's source to the current text: what differs (empty for an exact match)."),
});

export type MemoryMatchDto = z.infer<typeof memoryMatchSchema>;

/** The matches of one sentence of a long paragraph. */
export const sentenceSuggestionsSchema = z.object({
  index: z.number().int().min(0).describe("The sentence's place in the paragraph, from 0."),
  source: z.string().describe("The sentence's French, as the memory's sentence splitter cut it."),
  matches: z.array(memoryMatchSchema).describe("Its matches (75 % and above), best first, at most MEMORY_MAX_SENTENCE_SUGGESTIONS (3)."),
});
export type SentenceSuggestionsDto = z.infer<typeof sentenceSuggestionsSchema>;

export const segmentSuggestionsSchema = z.object({
  matches: z.array(memoryMatchSchema).describe("Matches of the whole paragraph's French."),
  sentences: z
    .array(sentenceSuggestionsSchema)
    .describe("For a paragraph of several sentences, each sentence's matches (the first MEMORY_MAX_SENTENCES, 10); empty for a paragraph of one sentence."),
  sentenceCount: z.number().int().min(0).describe("How many sentences the paragraph's French has (more than `sentences` holds when past the limit)."),
  sentenceLimit: z.number().int().min(1).describe("Most sentences looked up one by one (MEMORY_MAX_SENTENCES)."),
});
export type SegmentSuggestionsDto = z.infer<typeof segmentSuggestionsSchema>;

export const getSegmentSuggestionsContract = defineContract({
  operationId: "getSegmentSuggestions",
  tag: "memory",
  method: "GET",
  path: "/api/segments/{id}/suggestions",
  summary:
    "Translation-memory matches for a paragraph's French (75 % and above), best first, with the difference from the current French; for a paragraph of several sentences, each sentence's matches too.",
  access: "document:view",
  params: idParams,
  response: segmentSuggestionsSchema,
});
