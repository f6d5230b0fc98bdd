import { z } from "zod";
import type { DiffPart } from "@/domain/history/word-diff";
import { defineContract, idParams } from "../../api/contract";

export const diffPublicationsInput = z.object({
  documentId: z.string().min(1).max(64),
  /** The translation (BCP 47); English when omitted. */
  lang: z.string().max(35).optional(),
  /** The older published version's number. */
  from: z.coerce.number().int().positive(),
  /** The newer published version's number. */
  to: z.coerce.number().int().positive(),
});

const diffPartSchema = z.object({ type: z.enum(["same", "added", "removed"]), text: z.string() }) satisfies z.ZodType<DiffPart>;

export const publicationDiffSchema = z.object({ from: z.number().int(), to: z.number().int(), diff: z.array(diffPartSchema) });

export type PublicationDiffDto = z.infer<typeof publicationDiffSchema>;

export const diffPublicationsContract = defineContract({
  operationId: "diffPublications",
  tag: "publishing",
  method: "GET",
  path: "/api/documents/{id}/publications/diff",
  summary: "The word-level difference between the text of two published versions.",
  access: "document:view",
  params: idParams,
  query: diffPublicationsInput.omit({ documentId: true }),
  response: publicationDiffSchema,
});
