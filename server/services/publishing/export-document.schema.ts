import { z } from "zod";
import { EXPORT_CONTENT_TYPES, EXPORT_FORMATS } from "@/domain/exporters/types";
import { defineContract, idParams } from "../../api/contract";

export const exportDocumentInput = z.object({
  documentId: z.string().min(1).max(64),
  format: z.enum(EXPORT_FORMATS),
  /** The translation (BCP 47); English when omitted. */
  lang: z.string().max(35).optional(),
  /** A published version; the latest when omitted. */
  version: z.coerce.number().int().positive().optional(),
  /** The current state instead of a publication, clearly marked as a draft. A URL says `draft=1` (or `true`). */
  draft: z
    .union([z.boolean(), z.enum(["1", "true", "0", "false"]).transform((flag) => flag === "1" || flag === "true")])
    .default(false),
});

export const exportDocumentContract = defineContract({
  operationId: "exportDocument",
  tag: "publishing",
  method: "GET",
  path: "/api/documents/{id}/export",
  summary:
    "Downloads a published version (the latest unless `version` is given) in one format, read back exactly as it was frozen; or, with `draft=1`, the current state marked as a draft (document:export-draft).",
  access: "document:view",
  params: idParams,
  query: exportDocumentInput.omit({ documentId: true }),
  produces: { kind: "file", contentTypes: [...new Set(Object.values(EXPORT_CONTENT_TYPES))] },
});
