import { z } from "zod";
import { glossaryLangInput } from "./glossary-term-dto.schema";
import { defineContract } from "../../api/contract";
import { MAX_GLOSSARY_FILE_LENGTH } from "@/domain/qa/glossary-limits";
import { GLOSSARY_FORMATS } from "./glossary-term-dto.schema";

export const importGlossaryInput = z.object({
  format: z.enum(GLOSSARY_FORMATS),
  /** The file's text: CSV with the header `source,target,forbidden,note`, or TBX. */
  content: z.string().min(1).max(MAX_GLOSSARY_FILE_LENGTH),
  /** The pair's target language (BCP 47); English when omitted. */
  lang: glossaryLangInput,
});

export const glossaryImportResultSchema = z.object({
  /** Terms that were not in the glossary. */
  added: z.number().int(),
  /** Known source terms whose English, variants and note the file replaced. */
  updated: z.number().int(),
});

export type GlossaryImportResultDto = z.infer<typeof glossaryImportResultSchema>;

export const importGlossaryContract = defineContract({
  operationId: "importGlossary",
  tag: "glossary",
  method: "POST",
  path: "/api/glossary/import",
  summary: "Imports a CSV or TBX glossary in one transaction: new terms are added, known source terms updated. A bad file is INVALID_INPUT naming the problem (params.reason), its row and the limit it passes (params.limit).",
  access: "glossary:manage",
  body: importGlossaryInput,
  response: glossaryImportResultSchema,
});
