import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";
import { parseInput } from "../../validation";
import { assertCan, assertCanWorkOn } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { isSegmentKind } from "@/domain/segmentation/classify-segment";
import { proposeTranslationInWorker } from "../imports/run-import-worker";
import { findArticleParagraphs } from "./article-paragraphs";
import { isSourceLanguage } from "@/domain/languages/language-tag";
import { previewTranslationInput, type TranslationProposalDto } from "./preview-translation.schema";
import { assertMaySeeDocument } from "../desk/visibility";

/**
 * Reads an existing translation and aligns it to the article's current French paragraphs, in the
 * import's worker (reading and aligning cost as much as an import, and must not hold up other
 * requests). Writes nothing: the user checks the rows, then `addTranslation` writes them.
 */
export async function previewTranslation({ actor, input }: { actor: Actor; input: unknown }): Promise<TranslationProposalDto> {
  assertCan(actor, "document:import");
  const { documentId, lang, target } = parseInput(previewTranslationInput, input);
  assertCanWorkOn(actor, lang);
  await assertMaySeeDocument(db, actor, documentId);
  const { sourceLang, sourceRevision, langs, paragraphs } = await findArticleParagraphs(db, documentId);
  if (isSourceLanguage(lang, sourceLang)) throw new AppError("INVALID_INPUT", { field: "lang", reason: "source-language" });
  if (langs.includes(lang)) throw new AppError("ALREADY_EXISTS", { field: "lang", lang });
  const bytes = target.encoding === "base64" ? new Uint8Array(Buffer.from(target.content, "base64")) : new TextEncoder().encode(target.content);
  const result = await proposeTranslationInWorker({ french: paragraphs.map((paragraph) => paragraph.sourceText), target: { name: target.name, format: target.format, bytes } });
  if (!result.ok) throw new AppError("INVALID_IMPORT", { reason: result.reason, ...(result.side ? { side: result.side } : {}), ...(result.params ?? {}) });
  return {
    lang,
    sourceRevision,
    format: result.proposal.format,
    rows: paragraphs.map((paragraph, index) => ({
      position: paragraph.position,
      kind: isSegmentKind(paragraph.kind) ? paragraph.kind : "BODY",
      sourceText: paragraph.sourceText,
      ...result.proposal.rows[index],
    })),
  };
}
