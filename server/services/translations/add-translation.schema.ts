import { z } from "zod";
import { MAX_IMPORT_PARAGRAPHS, MAX_SEGMENT_LENGTH } from "@/domain/import/limits";
import { defineContract, idParams } from "../../api/contract";
import { targetLanguageInput } from "../documents/create-document.schema";

export const addTranslationInput = z.object({
  documentId: z.string().min(1).max(64),
  /** The new target language, any BCP 47 tag, stored canonical ("pt-BR"). */
  lang: targetLanguageInput,
  /**
   * The translation of each current French paragraph, in order (the rows of the preview, as the
   * user checked them); omitted to start empty. Their count must be the article's paragraphs'.
   */
  targets: z.array(z.string().max(MAX_SEGMENT_LENGTH)).max(MAX_IMPORT_PARAGRAPHS).optional(),
  /**
   * The source revision the targets were aligned to (the preview's `sourceRevision`): if the
   * French changed since, the rows would land on other paragraphs, so the addition is a CONFLICT.
   * Required with `targets`.
   */
  sourceRevision: z.number().int().positive().optional(),
});

export type AddTranslationInput = z.input<typeof addTranslationInput>;

export const addedTranslationSchema = z.object({ id: z.string(), lang: z.string() });

export type AddedTranslationDto = z.infer<typeof addedTranslationSchema>;

export const addTranslationContract = defineContract({
  operationId: "addTranslation",
  tag: "translations",
  method: "POST",
  path: "/api/documents/{id}/translations",
  summary:
    "Adds a target language to an article: one paragraph per current French paragraph, empty, or with the translations given " +
    "(the rows of POST /api/documents/{id}/translations/preview, once checked). Refused for a language the article has, or its source language.",
  access: "document:import",
  params: idParams,
  body: addTranslationInput.omit({ documentId: true }),
  response: addedTranslationSchema,
  status: 201,
});
