import { z } from "zod";
import { SEGMENT_KINDS } from "@/domain/segmentation/classify-segment";
import { INPUT_FORMATS } from "@/domain/import/read-article";
import { defineContract, idParams } from "../../api/contract";
import { importSideInput } from "../imports/preview-import.schema";
import { targetLanguageInput } from "../documents/create-document.schema";

export const previewTranslationInput = z.object({
  documentId: z.string().min(1).max(64),
  lang: targetLanguageInput,
  /** The existing translation: pasted text or a file's bytes in base64 (text, Markdown, HTML, XLIFF). */
  target: importSideInput,
});

/** One current French paragraph of the article and the translation proposed for it. */
export const translationRowSchema = z.object({
  position: z.number().int(),
  kind: z.enum(SEGMENT_KINDS),
  sourceText: z.string(),
  targetText: z.string(),
  confidence: z.number(),
  isDoubtful: z.boolean(),
});

export const translationProposalSchema = z.object({
  lang: z.string(),
  /** The French the rows were aligned to: adding them is refused (409) once the French has changed. */
  sourceRevision: z.number().int(),
  format: z.enum(INPUT_FORMATS).exclude(["auto"]),
  rows: z.array(translationRowSchema),
});

export type TranslationProposalDto = z.infer<typeof translationProposalSchema>;

export const previewTranslationContract = defineContract({
  operationId: "previewTranslation",
  tag: "translations",
  method: "POST",
  path: "/api/documents/{id}/translations/preview",
  summary:
    "Reads an existing translation of the article and aligns it to the article's current French paragraphs, which stay as they are. " +
    "Writes nothing: confirm with POST /api/documents/{id}/translations and the checked texts as targets.",
  access: "document:import",
  params: idParams,
  body: previewTranslationInput.omit({ documentId: true }),
  response: translationProposalSchema,
});
