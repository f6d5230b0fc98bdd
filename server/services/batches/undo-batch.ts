import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../../db";
import { AppError, isAppError } from "../../errors";
import { recordAudit } from "../../audit";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { publishDocumentEvent } from "../../realtime/document-events";
import { parseInput } from "../../validation";
import { applySegmentChange } from "../segments/apply-segment-change";
import { undoBatchInput, type UndoResultDto } from "./undo-batch.schema";

/**
 * Undoes a batch of text replacements: each paragraph nobody touched since gets its text back
 * (a REVERT revision); a paragraph changed since keeps the newer work and is counted as skipped.
 */
async function undoReplaceBatch(actor: Actor, batchId: string): Promise<UndoResultDto | null> {
  const revisions = await db.revision.findMany({
    where: { batchId, reason: "REPLACE" },
    select: { segmentId: true, before: true, segmentVersion: true, segment: { select: { documentId: true, version: true } } },
  });
  if (revisions.length === 0) return null;
  assertCan(actor, "text:replace");
  const undoId = randomUUID();
  const restored = await db.$transaction(async (tx) => {
    let count = 0;
    for (const revision of revisions) {
      if (revision.segment.version !== revision.segmentVersion) continue;
      await applySegmentChange(tx, {
        actor,
        segmentId: revision.segmentId,
        version: revision.segmentVersion,
        targetText: revision.before,
        revisionReason: "REVERT",
        actions: [{ type: "edit", targetText: revision.before, isReviewer: true }],
        batchId: undoId,
        auditAction: "segment.reverted",
      });
      count += 1;
    }
    return count;
  });
  for (const documentId of new Set(revisions.map((r) => r.segment.documentId))) {
    await publishDocumentEvent(documentId, { type: "segments", actorId: actor.id, actorName: actor.name });
  }
  return { restored, skipped: revisions.length - restored };
}

/**
 * Undoes a batch in one step: a bulk approval (each paragraph nobody touched since goes back to
 * the state it had) or a find-and-replace (each gets its text back). A paragraph changed since
 * keeps the newer work and is counted as skipped.
 */
export async function undoBatch({ actor, input }: { actor: Actor; input: unknown }): Promise<UndoResultDto> {
  const { batchId } = parseInput(undoBatchInput, input);
  const replaceUndo = await undoReplaceBatch(actor, batchId);
  if (replaceUndo) return replaceUndo;
  assertCan(actor, "segment:approve");
  const { result, documentId } = await db.$transaction(async (tx) => {
    const changes = await tx.stateChange.findMany({
      where: { batchId },
      select: { segmentId: true, fromState: true, toState: true, segmentVersion: true, segment: { select: { documentId: true, version: true, state: true } } },
    });
    if (changes.length === 0) throw new AppError("NOT_FOUND", { entity: "batch" });
    const undoId = randomUUID();
    let restored = 0;
    for (const change of changes) {
      if (change.segment.version !== change.segmentVersion || change.segment.state !== change.toState) continue;
      try {
        await applySegmentChange(tx, {
          actor,
          segmentId: change.segmentId,
          version: change.segmentVersion,
          actions: [{ type: "restore", state: change.fromState }],
          batchId: undoId,
          // The whole undo is one audit event, recorded below in the same transaction.
          auditAction: null,
        });
      } catch (error) {
        // Someone saved the paragraph in between: their work stays, the paragraph is skipped.
        if (isAppError(error) && error.code === "CONFLICT") continue;
        throw error;
      }
      restored += 1;
    }
    if (restored > 0) await tx.document.update({ where: { id: changes[0].segment.documentId }, data: { lastActivityAt: new Date() }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "segment.batch-undone",
      entityType: "Document",
      entityId: changes[0].segment.documentId,
      documentId: changes[0].segment.documentId,
      data: { batchId, count: restored, skipped: changes.length - restored },
    });
    return { result: { restored, skipped: changes.length - restored }, documentId: changes[0].segment.documentId };
  });
  if (result.restored > 0) await publishDocumentEvent(documentId, { type: "segments", actorId: actor.id, actorName: actor.name });
  return result;
}
