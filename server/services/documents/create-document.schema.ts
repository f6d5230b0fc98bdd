import { z } from "zod";
import { DEFAULT_TARGET_LANG } from "@/domain/languages/language-tag";
import { SEGMENT_KINDS } from "@/domain/segmentation/classify-segment";
import { SEGMENT_STATES } from "@/domain/workflow/segment-state";
import { PAIRED_TAGS, STANDALONE_TAGS } from "@/domain/interchange/inline-codes";
import { defineContract, targetLanguageInput } from "../../api/contract";

export { targetLanguageInput };
import { assignmentFields } from "../desk/assignment.schema";
import { MAX_IMPORT_PARAGRAPHS, MAX_SEGMENT_LENGTH } from "@/domain/import/limits";

/** Inline codes come from a file: only XLIFF inline elements and plain attribute names get through. */
export const inlineCodesInput = z
  .record(
    z.string().regex(/^\d{1,4}$/),
    z.object({
      tag: z.string().refine((tag) => PAIRED_TAGS.has(tag) || STANDALONE_TAGS.has(tag)),
      attrs: z.record(z.string().regex(/^[A-Za-z_][\w.:-]{0,60}$/), z.string().max(1_000)),
      content: z.string().max(2_000).optional(),
      isPaired: z.boolean(),
      dialect: z.enum(["1.2", "2.0"]),
    }),
  )
  .optional();

const languageCode = z.string().trim().toLowerCase().regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/);

/** One paragraph of a new document: its French and its English, as the import screen confirmed them. */
export const documentPairInput = z.object({
  kind: z.enum(SEGMENT_KINDS),
  sourceText: z.string().max(MAX_SEGMENT_LENGTH),
  targetText: z.string().max(MAX_SEGMENT_LENGTH),
  /** A state the file carried (XLIFF): kept only as far as the importer's role allows (a translator cannot import APPROVED). */
  state: z.enum(SEGMENT_STATES).optional(),
  inlineCodes: inlineCodesInput,
});

export const createDocumentInput = z.object({
  title: z.string().trim().min(1).max(300),
  sourceLang: languageCode.default("fr"),
  targetLang: targetLanguageInput.default(DEFAULT_TARGET_LANG),
  pairs: z.array(documentPairInput).min(1).max(MAX_IMPORT_PARAGRAPHS),
  /** Who translates, reviews and publishes the new translation, by when (reviewers, publishers and administrators only; decision 023). */
  assignment: assignmentFields.optional(),
  /** "Publish not before" (ISO 8601 with offset; reviewers, publishers and administrators only). */
  publishNotBefore: z.iso.datetime({ offset: true }).nullable().optional(),
  /** Seen only by its assignees, publishers and administrators (reviewers, publishers and administrators only). */
  confidential: z.boolean().optional(),
});

export type CreateDocumentInput = z.input<typeof createDocumentInput>;

/** The new document, by its id. */
export const createdDocumentSchema = z.object({ id: z.string() });

export type CreatedDocumentDto = z.infer<typeof createdDocumentSchema>;

export const createDocumentContract = defineContract({
  operationId: "createDocument",
  tag: "documents",
  method: "POST",
  path: "/api/documents",
  summary: "Creates a document from paragraph pairs already aligned (the rows the import preview proposed, once repaired).",
  access: "document:import",
  body: createDocumentInput,
  response: createdDocumentSchema,
  status: 201,
});
