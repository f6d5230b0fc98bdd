import "server-only";
import { initialSegmentState } from "@/domain/workflow/initial-state";
import { isSegmentKind } from "@/domain/segmentation/classify-segment";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { enqueueWebhookEvent } from "../webhooks/enqueue-webhook-event";
import { enqueueIfTranslationReady } from "../webhooks/translation-ready";
import { wakeWebhookWorker } from "../webhooks/worker-signal";
import { parseInput } from "../../validation";
import { assertCan, assertCanWorkOn } from "../../auth/assert-can";
import { can, type Actor } from "../../auth/permissions";
import { addTranslationInput, type AddedTranslationDto } from "./add-translation.schema";
import { findArticleParagraphs } from "./article-paragraphs";
import { recordImportedUnits } from "../memory/memory-units";
import { isSourceLanguage } from "@/domain/languages/language-tag";
import { assertMaySeeDocument } from "../desk/visibility";

/**
 * Adds a target language to an article: the translation, one row per current French paragraph
 * (sharing its paragraphId, position, kind, French and revision with the other languages' rows),
 * an IMPORT revision per paragraph given a translation, and the audit event, in one transaction.
 * Paragraphs start as an import would: with text, awaiting review; without, untranslated; page
 * furniture excluded.
 */
export async function addTranslation({ actor, input }: { actor: Actor; input: unknown }): Promise<AddedTranslationDto> {
  assertCan(actor, "document:import");
  const { documentId, lang, targets, sourceRevision } = parseInput(addTranslationInput, input);
  assertCanWorkOn(actor, lang);
  await assertMaySeeDocument(db, actor, documentId);
  if (targets !== undefined && sourceRevision === undefined) throw new AppError("INVALID_INPUT", { field: "sourceRevision", reason: "required" });
  const importer = { canReview: can(actor, "segment:approve") };

  const result = await db.$transaction(async (tx) => {
    // Writing the document row first orders this after (or before) a source update, which writes
    // it first too: the paragraphs read next are then the current ones, never a half-updated set.
    const locked = await tx.document.updateMany({
      where: { id: documentId, ...(sourceRevision !== undefined ? { sourceRevision } : {}) },
      data: { lastActivityAt: new Date() },
    });
    if (locked.count === 0) {
      const exists = await tx.document.count({ where: { id: documentId } });
      throw exists > 0 ? new AppError("CONFLICT", { entity: "source" }) : new AppError("NOT_FOUND", { entity: "document" });
    }
    const { sourceLang, langs, paragraphs } = await findArticleParagraphs(tx, documentId);
    if (isSourceLanguage(lang, sourceLang)) throw new AppError("INVALID_INPUT", { field: "lang", reason: "source-language" });
    if (langs.includes(lang)) throw new AppError("ALREADY_EXISTS", { field: "lang", lang });
    if (targets && targets.length !== paragraphs.length) throw new AppError("INVALID_INPUT", { field: "targets", reason: "count", limit: paragraphs.length });
    const translation = await tx.translation.create({ data: { documentId, lang }, select: { id: true } });
    const segments = await tx.segment.createManyAndReturn({
      data: paragraphs.map((paragraph, index) => {
        const kind = isSegmentKind(paragraph.kind) ? paragraph.kind : "BODY";
        const targetText = targets?.[index].trim() ?? "";
        return {
          documentId,
          lang,
          paragraphId: paragraph.paragraphId,
          position: paragraph.position,
          kind,
          sourceText: paragraph.sourceText,
          sourceRevision: paragraph.sourceRevision,
          inlineCodes: paragraph.inlineCodes,
          targetText,
          state: initialSegmentState({ kind, targetText }, importer),
          lastEditorId: null,
        };
      }),
      select: { id: true, sourceText: true, targetText: true, state: true },
    });
    await tx.revision.createMany({
      data: segments
        .filter((segment) => segment.targetText !== "")
        .map((segment) => ({ segmentId: segment.id, authorId: actor.id, before: "", after: segment.targetText, reason: "IMPORT" as const })),
    });
    const { title } = await tx.document.findUniqueOrThrow({ where: { id: documentId }, select: { title: true } });
    await recordImportedUnits(tx, { documentId, documentTitle: title, sourceLang, targetLang: lang, authorName: actor.name, segments });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "translation.added",
      entityType: "Translation",
      entityId: translation.id,
      documentId,
      data: { lang, segments: segments.length, translated: segments.filter((segment) => segment.targetText !== "").length },
    });
    await enqueueWebhookEvent(tx, "translation.added", {
      documentId,
      lang,
      paragraphs: segments.length,
      translated: segments.filter((segment) => segment.targetText !== "").length,
    });
    await enqueueIfTranslationReady(tx, { documentId, lang });
    return { id: documentId, lang };
  }).catch((error: unknown) => {
    // Two people adding the same language at once: the unique (document, language) decides.
    if (error instanceof Error && "code" in error && error.code === "P2002") throw new AppError("ALREADY_EXISTS", { field: "lang", lang });
    throw error;
  });
  wakeWebhookWorker();
  return result;
}
