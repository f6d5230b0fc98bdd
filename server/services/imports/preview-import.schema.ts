import { z } from "zod";
import { MAX_IMPORT_BYTES } from "@/domain/import/decode-text";
import type { ImportProposal } from "@/domain/import/propose-import";
import { INPUT_FORMATS } from "@/domain/import/read-article";
import { defineContract } from "../../api/contract";
import { documentPairInput, targetLanguageInput } from "../documents/create-document.schema";

export const importSideInput = z.object({
  name: z.string().max(255).optional(),
  /** Pasted text, or a file's bytes in base64. */
  content: z.string().max(Math.ceil(MAX_IMPORT_BYTES * 1.4)),
  encoding: z.enum(["text", "base64"]).default("text"),
  format: z.enum(INPUT_FORMATS).default("auto"),
});

export type ImportSideInput = z.infer<typeof importSideInput>;

export const previewImportInput = z.object({
  title: z.string().trim().max(300).optional(),
  /** The target's language (BCP 47), when known: English when omitted. The same-language check only judges French and English. */
  targetLang: targetLanguageInput.optional(),
  source: importSideInput.optional(),
  target: importSideInput.optional(),
});

/** A proposed row: a pair `createDocument` accepts as it is, and what the repair screen needs to show and re-classify it. */
export const proposedRowSchema = documentPairInput.extend({
  /** 0 to 1; 1 once the user has touched the row. */
  confidence: z.number(),
  isDoubtful: z.boolean(),
  /** Where the row's paragraph was bulleted (tags); kept for re-classifying after repairs. */
  isBulleted: z.boolean(),
});

const resolvedFormat = z.enum(INPUT_FORMATS).exclude(["auto"]);

export const importProposalSchema = z.object({
  title: z.string(),
  sourceLang: z.string(),
  targetLang: z.string(),
  /** How each side was read; a bilingual XLIFF has no target file. */
  format: z.object({ source: resolvedFormat, target: resolvedFormat.nullable() }),
  /** The source reads as English and the target as French: the user is offered a swap. */
  suggestSwap: z.boolean(),
  rows: z.array(proposedRowSchema),
}) satisfies z.ZodType<ImportProposal>;

export type ImportProposalDto = z.infer<typeof importProposalSchema>;

export const previewImportContract = defineContract({
  operationId: "previewImport",
  tag: "imports",
  method: "POST",
  path: "/api/imports/preview",
  summary:
    "Reads a source and a target (pasted or base64 files: text, Markdown, HTML, or one bilingual XLIFF), aligns them and proposes rows to repair. " +
    "Writes nothing: confirm with POST /api/documents and the repaired rows as pairs.",
  access: "document:import",
  body: previewImportInput,
  response: importProposalSchema,
});
