import { z } from "zod";
import { defineContract, idParams } from "../../api/contract";
import { importSideInput } from "../imports/preview-import.schema";
import { sourceLinksInput } from "./preview-source-update.schema";

export const updateSourceInput = z.object({
  documentId: z.string().min(1).max(64),
  source: importSideInput,
  /** The pairing the user confirmed in the preview (checked again against the current French). */
  links: sourceLinksInput,
  /** The `currentRevision` the preview showed; if the French changed since, 409 CONFLICT. */
  baseRevision: z.number().int().min(1),
  /** A typo-level change: no translation goes OUTDATED; history records SOURCE_MINOR. */
  isMinor: z.boolean().default(false),
  /** The user confirmed a version that matches fewer than a third of the paragraphs. */
  confirmDifferentArticle: z.boolean().default(false),
});

export type UpdateSourceInput = z.input<typeof updateSourceInput>;

/**
 * Counts of article paragraphs (not of rows: each language has one row per paragraph).
 * `unchanged` includes moved paragraphs; `outdated` counts the paragraphs whose translation in at
 * least one language is OUTDATED after the update (edited, split or merged, with English).
 */
export const sourceUpdateResultSchema = z.object({
  sourceRevision: z.number().int(),
  unchanged: z.number().int(),
  outdated: z.number().int(),
  inserted: z.number().int(),
  removed: z.number().int(),
});

export type SourceUpdateResultDto = z.infer<typeof sourceUpdateResultSchema>;

export const updateSourceContract = defineContract({
  operationId: "updateSource",
  tag: "sources",
  method: "PUT",
  path: "/api/documents/{id}/source",
  summary:
    "Records a new version of the document's French with the pairing confirmed in the preview, in one transaction for every language: unchanged and moved paragraphs keep their translation; " +
    "edited, split and merged ones keep it and become OUTDATED (unless isMinor); inserted ones arrive untranslated; removed ones leave the article and stay in history. " +
    "Refused (400 INVALID_IMPORT) when empty, English, unchanged but for whitespace, or a different article without confirmDifferentArticle; 409 when baseRevision is not the current revision. " +
    "Needs document:import, whatever languages the account is limited to: the French is shared by every translation.",
  access: "document:import",
  params: idParams,
  body: updateSourceInput.omit({ documentId: true }),
  response: sourceUpdateResultSchema,
});
