import "server-only";
import { countApprovals } from "../../observability/app-metrics";
import { randomUUID } from "node:crypto";
import { db } from "../../db";
import { recordAudit } from "../../audit";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { publishDocumentEvent } from "../../realtime/document-events";
import { parseInput } from "../../validation";
import { applySegmentChange } from "../segments/apply-segment-change";
import { currentSegmentsOf, findTranslation } from "../translations/find-translation";
import { findApprovableSegments } from "./approvable-segments";
import { enqueueIfTranslationReady } from "../webhooks/translation-ready";
import { wakeWebhookWorker } from "../webhooks/worker-signal";
import { bulkApproveSegmentsInput, type BulkApprovalResultDto } from "./bulk-approve-segments.schema";

/** Approves the confirmed paragraphs in one transaction, as one batch that can be undone at once. */
export async function bulkApproveSegments({ actor, input }: { actor: Actor; input: unknown }): Promise<BulkApprovalResultDto> {
  assertCan(actor, "segment:approve");
  const { documentId, lang, segments } = parseInput(bulkApproveSegmentsInput, input);
  const scope = await findTranslation(db, actor, documentId, lang);
  const batchId = randomUUID();
  const result = await db.$transaction(async (tx) => {
    // The whole document rather than an `in` list of the confirmed ids: a list that long
    // exceeds the databases' parameter limits.
    const current = await tx.segment.findMany({
      where: currentSegmentsOf(scope),
      select: { id: true, version: true, state: true, targetText: true, position: true },
    });
    const byId = new Map(current.map((s) => [s.id, s]));
    const approvable = new Set((await findApprovableSegments(tx, scope)).map((s) => s.id));
    const paragraphs: number[] = [];
    for (const confirmed of segments) {
      const segment = byId.get(confirmed.id);
      if (!segment || segment.version !== confirmed.version || !approvable.has(segment.id)) continue;
      await applySegmentChange(tx, {
        actor,
        segmentId: segment.id,
        version: segment.version,
        actions: [{ type: "approve", targetText: segment.targetText }],
        batchId,
        // The whole approval is one line in the activity, recorded below in the same transaction.
        auditAction: null,
      });
      paragraphs.push(segment.position + 1);
    }
    const approved = paragraphs.length;
    if (approved > 0) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "segment.bulk-approved",
        entityType: "Document",
        entityId: documentId,
        documentId,
        data: { batchId, lang: scope.lang, count: approved, paragraphs: paragraphs.sort((a, b) => a - b) },
      });
    }
    // Paragraphs that were not approved became approved: if none is left, the translation just became ready.
    if (approved > 0) await enqueueIfTranslationReady(tx, scope);
    return { batchId: approved > 0 ? batchId : null, approved, skipped: segments.length - approved };
  });
  wakeWebhookWorker();
  countApprovals(result.approved, "bulk");
  if (result.approved > 0) await publishDocumentEvent(documentId, { type: "segments", actorId: actor.id, actorName: actor.name });
  return result;
}
