import "server-only";
import { countPublication } from "../../observability/app-metrics";
import { isPublishable } from "@/domain/publishing/publish-gate";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { publishDocumentEvent } from "../../realtime/document-events";
import { parseInput } from "../../validation";
import { findTranslation } from "../translations/find-translation";
import { findCurrentChecklist } from "./current-checklist";
import { hashContent } from "./publication-content";
import type { PublicationSummaryDto } from "./publication-summary.schema";
import { publishDocumentInput } from "./publish-document.schema";
import { enqueueWebhookEvent } from "../webhooks/enqueue-webhook-event";
import { publicationExportLinks } from "../webhooks/publication-links";
import { wakeWebhookWorker } from "../webhooks/worker-signal";
import { isQualityBlocking } from "../quality/translation-quality";
import { recordQualitySnapshot } from "../quality/record-quality-snapshot";

/**
 * Publishes the document as it is now: a new, numbered, immutable Publication with the exact
 * final article and a content hash. Refused with the checklist while it fails, unless an
 * administrator overrides it with a reason, which is recorded.
 */
export async function publishDocument({ actor, input }: { actor: Actor; input: unknown }): Promise<PublicationSummaryDto> {
  assertCan(actor, "document:publish");
  const { documentId, lang, overrideReason, confirmIdentical } = parseInput(publishDocumentInput, input);
  if (overrideReason !== undefined) assertCan(actor, "document:publish-override");
  const scope = await findTranslation(db, actor, documentId, lang);
  const summary = await db.$transaction(async (tx) => {
    const { content, items, sourceRevision, quality, translators } = await findCurrentChecklist(tx, scope);
    const isOverride = !isPublishable(items) || isQualityBlocking(quality);
    if (isOverride && overrideReason === undefined) {
      throw new AppError("PUBLISH_BLOCKED", {}, { details: { checklist: items, quality } });
    }
    const serialised = JSON.stringify(content);
    const contentHash = hashContent(serialised);
    const latest = await tx.publication.findFirst({ where: { documentId, lang: scope.lang }, orderBy: { number: "desc" }, select: { number: true, contentHash: true } });
    // A version identical to the last one is almost always a double click or a stale tab: it
    // needs the publisher's explicit confirmation.
    if (latest && latest.contentHash === contentHash && !confirmIdentical) {
      throw new AppError("PUBLICATION_IDENTICAL", { number: latest.number });
    }
    const number = (latest?.number ?? 0) + 1;
    const publication = await tx.publication.create({
      data: {
        documentId,
        lang: scope.lang,
        sourceRevision,
        number,
        publishedById: actor.id,
        content: serialised,
        contentHash,
        overrideReason: isOverride ? (overrideReason ?? null) : null,
      },
      select: { id: true, number: true, sourceRevision: true, createdAt: true, contentHash: true, overrideReason: true },
    });
    await recordQualitySnapshot(tx, { publicationId: publication.id, scope, createdAt: publication.createdAt, quality, translators });
    await tx.translation.update({ where: { id: scope.translationId }, data: { status: "PUBLISHED", version: { increment: 1 } }, select: { id: true } });
    await tx.document.update({ where: { id: documentId }, data: { lastActivityAt: new Date() }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "document.published",
      entityType: "Document",
      entityId: documentId,
      documentId,
      data: { version: number, lang: scope.lang, sourceRevision, override: isOverride, ...(isOverride ? { reason: overrideReason } : {}) },
    });
    await enqueueWebhookEvent(tx, "publication.created", {
      documentId,
      lang: scope.lang,
      version: number,
      contentHash: publication.contentHash,
      sourceRevision,
      exports: publicationExportLinks(documentId, scope.lang, number),
    });
    return {
      number: publication.number,
      sourceRevision: publication.sourceRevision,
      publishedByName: actor.name,
      createdAt: publication.createdAt.toISOString(),
      contentHash: publication.contentHash,
      overrideReason: publication.overrideReason,
    };
  });
  wakeWebhookWorker();
  countPublication();
  await publishDocumentEvent(documentId, { type: "published", lang: scope.lang, version: summary.number, actorName: actor.name });
  return summary;
}
