import "server-only";
import { randomUUID } from "node:crypto";
import { initialSegmentState } from "@/domain/workflow/initial-state";
import { db } from "../../db";
import { recordAudit } from "../../audit";
import { parseInput } from "../../validation";
import { assertCan, assertCanWorkOn } from "../../auth/assert-can";
import { sourceContent } from "../translations/source-content";
import { recordImportedUnits } from "../memory/memory-units";
import { can, type Actor } from "../../auth/permissions";
import { enqueueWebhookEvent } from "../webhooks/enqueue-webhook-event";
import { enqueueIfTranslationReady } from "../webhooks/translation-ready";
import { wakeWebhookWorker } from "../webhooks/worker-signal";
import { writeImportedSegments } from "./write-imported-segments";
import { createDocumentInput, type CreateDocumentInput, type CreatedDocumentDto } from "./create-document.schema";
import { writeAssignment } from "../desk/set-assignment";

/**
 * Creates a document from paragraph pairs: the document, its segments, one IMPORT revision
 * per translated segment (both written by `writeImportedSegments`) and the audit event commit together or not at all. The states the
 * pairs start in are decided here from the importer's role (domain/workflow/initial-state.ts).
 */
export async function createDocument({ actor, input }: { actor: Actor; input: CreateDocumentInput | unknown }): Promise<CreatedDocumentDto> {
  assertCan(actor, "document:import");
  const { title, sourceLang, targetLang, pairs, assignment, publishNotBefore, confidential } = parseInput(createDocumentInput, input);
  assertCanWorkOn(actor, targetLang);
  // Assigning, embargoing and making confidential are the desk's rights, also at import (decision 023).
  if (assignment !== undefined || publishNotBefore != null || confidential) assertCan(actor, "assignment:manage");
  // The file's states count only as far as the importer's own rights: a translator cannot approve by import.
  const importer = { canReview: can(actor, "segment:approve") };

  const created = await db.$transaction(async (tx) => {
    const document = await tx.document.create({
      data: {
        title,
        sourceLang,
        createdById: actor.id,
        translations: { create: { lang: targetLang } },
        publishNotBefore: publishNotBefore ? new Date(publishNotBefore) : null,
        confidential: confidential ?? false,
        sourceRevisions: { create: { number: 1, authorId: actor.id, ...sourceContent(pairs.map((pair) => pair.sourceText)) } },
      },
      select: { id: true },
    });
    const segments = await writeImportedSegments(tx, {
      documentId: document.id,
      lang: targetLang,
      authorId: actor.id,
      segments: pairs.map((pair, position) => ({
        // One French paragraph, shared by its rows in every language added later.
        paragraphId: randomUUID(),
        position,
        kind: pair.kind,
        sourceText: pair.sourceText,
        targetText: pair.targetText,
        state: initialSegmentState(pair, importer),
        inlineCodes: pair.inlineCodes && Object.keys(pair.inlineCodes).length > 0 ? JSON.stringify(pair.inlineCodes) : null,
      })),
    });
    if (assignment !== undefined) {
      const { id: translationId } = await tx.translation.findUniqueOrThrow({ where: { documentId_lang: { documentId: document.id, lang: targetLang } }, select: { id: true } });
      await writeAssignment(tx, actor, { translationId, documentId: document.id, lang: targetLang }, assignment, 0);
    }
    await recordImportedUnits(tx, { documentId: document.id, documentTitle: title, sourceLang, targetLang, authorName: actor.name, segments });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "document.created",
      entityType: "Document",
      entityId: document.id,
      documentId: document.id,
      data: { title, lang: targetLang, segments: segments.length, ...(publishNotBefore ? { publishNotBefore } : {}), ...(confidential ? { confidential } : {}) },
    });
    await enqueueWebhookEvent(tx, "document.created", { documentId: document.id, title, sourceLang, langs: [targetLang], paragraphs: segments.length });
    // A reviewer's XLIFF import can arrive fully approved: ready from the start.
    await enqueueIfTranslationReady(tx, { documentId: document.id, lang: targetLang });
    return { id: document.id };
  });
  wakeWebhookWorker();
  return created;
}
