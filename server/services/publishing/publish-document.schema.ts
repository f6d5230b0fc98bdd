import { z } from "zod";
import { defineContract, idParams } from "../../api/contract";
import { publicationSummarySchema } from "./publication-summary.schema";

/** The longest reason an administrator may give for publishing past the checklist. */
const MAX_OVERRIDE_REASON_LENGTH = 2_000;

export const publishDocumentInput = z.object({
  documentId: z.string().min(1).max(64),
  /** The translation to publish (BCP 47); English when omitted. Numbers count per language. */
  lang: z.string().max(35).optional(),
  /** Only for administrators, and only when the checklist fails. */
  overrideReason: z.string().trim().min(1).max(MAX_OVERRIDE_REASON_LENGTH).optional(),
  /** Publish even though the content is identical to the latest version (same content hash). */
  confirmIdentical: z.boolean().optional(),
});

export const publishDocumentContract = defineContract({
  operationId: "publishDocument",
  tag: "publishing",
  method: "POST",
  path: "/api/documents/{id}/publications",
  summary:
    "Publishes the document as it is now: a new, numbered, immutable version with a content hash. While the checklist fails it answers 409 PUBLISH_BLOCKED with the checklist in details, unless an administrator gives an override reason (document:publish-override). A version identical to the latest one (same content hash) answers 409 PUBLICATION_IDENTICAL unless confirmIdentical is true.",
  access: "document:publish",
  params: idParams,
  body: publishDocumentInput.omit({ documentId: true }),
  response: publicationSummarySchema,
  status: 201,
});
