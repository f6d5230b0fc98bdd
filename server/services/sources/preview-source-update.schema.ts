import { z } from "zod";
import type { DiffPart } from "@/domain/history/word-diff";
import { MAX_IMPORT_PARAGRAPHS } from "@/domain/import/limits";
import { SOURCE_CHANGE_TYPES } from "@/domain/source-update/types";
import { defineContract, idParams } from "../../api/contract";
import { importSideInput } from "../imports/preview-import.schema";

/**
 * A pairing of old paragraphs (indexes in the current article) with new ones (indexes in the new
 * version). Only the shape is checked here; classifyLinks checks the rest against both versions.
 */
export const sourceLinksInput = z
  .array(
    z.object({
      old: z.array(z.number().int().min(0)).max(MAX_IMPORT_PARAGRAPHS),
      new: z.array(z.number().int().min(0)).max(MAX_IMPORT_PARAGRAPHS),
    }),
  )
  .max(MAX_IMPORT_PARAGRAPHS * 2);

export const previewSourceUpdateInput = z.object({
  documentId: z.string().min(1).max(64),
  /** The new French: pasted text or a file in base64 (text, Markdown, HTML). */
  source: importSideInput,
  /** A corrected pairing to describe again; omitted, the pairing is computed. */
  links: sourceLinksInput.optional(),
});

const diffPartSchema = z.object({ type: z.enum(["same", "added", "removed"]), text: z.string() }) satisfies z.ZodType<DiffPart>;

export const sourceUpdatePreviewSchema = z.object({
  documentId: z.string(),
  /** The source revision the preview compares against: send it back as `baseRevision`. */
  currentRevision: z.number().int(),
  /** The current French, in article order (the indexes of `old`). */
  oldParagraphs: z.array(z.string()),
  /** The new French, in order (the indexes of `new`). */
  newParagraphs: z.array(z.string()),
  links: z.array(
    z.object({
      type: z.enum(SOURCE_CHANGE_TYPES),
      old: z.array(z.number().int()),
      new: z.array(z.number().int()),
      /** Word similarity, 0 to 1. */
      similarity: z.number(),
      /** The French word diff, old against new (whitespace normalised); one "same" part when nothing changed. */
      diff: z.array(diffPartSchema),
    }),
  ),
  counts: z.object(Object.fromEntries(SOURCE_CHANGE_TYPES.map((type) => [type, z.number().int()])) as Record<(typeof SOURCE_CHANGE_TYPES)[number], z.ZodNumber>),
  /** Share of the old paragraphs that found a partner, 0 to 1. */
  matchedRatio: z.number(),
  /** Fewer than a third of the paragraphs match: the update needs `confirmDifferentArticle`. */
  isDifferentArticle: z.boolean(),
  /** The new text reads as English: an update with it is refused. */
  looksEnglish: z.boolean(),
  /** Nothing but whitespace changed: an update would be refused as "source-unchanged". */
  isUnchanged: z.boolean(),
});

export type SourceUpdatePreviewDto = z.infer<typeof sourceUpdatePreviewSchema>;

export const previewSourceUpdateContract = defineContract({
  operationId: "previewSourceUpdate",
  tag: "sources",
  method: "POST",
  path: "/api/documents/{id}/source/preview",
  summary:
    "Reads a new version of the document's French (pasted or a base64 file: text, Markdown, HTML) and compares it with the current one paragraph by paragraph: " +
    "unchanged, edited, moved, inserted, removed, split, merged, each with a French word diff. With `links`, describes that corrected pairing instead. " +
    "Writes nothing: confirm with PUT /api/documents/{id}/source.",
  access: "document:import",
  params: idParams,
  body: previewSourceUpdateInput.omit({ documentId: true }),
  response: sourceUpdatePreviewSchema,
});
