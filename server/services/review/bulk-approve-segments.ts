import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { hasOpenError } from "@/domain/qa/open-findings";
import { db, type Db, type Tx } from "../../db";
import { findOpenFindings } from "../quality/find-open-findings";
import { AppError, isAppError } from "../../errors";
import { recordAudit } from "../../audit";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { applySegmentChange } from "../segments/apply-segment-change";
import { publishDocumentEvent } from "../../realtime/document-events";
import { parseInput } from "../../validation";

export type BulkApprovalPreview = { segments: { id: string; version: number }[] };
export type BulkApprovalResult = { batchId: string | null; approved: number; skipped: number };
export type UndoResult = { restored: number; skipped: number };

/**
 * Paragraphs a bulk approval may take: submitted for review, with text, and without an open
 * error-severity quality finding (those need a reviewer's eye one by one).
 */
async function findApprovable(client: Db | Tx, documentId: string) {
  const document = await client.document.findUnique({
    where: { id: documentId },
    select: {
      id: true,
      sourceLang: true,
      targetLang: true,
      segments: { orderBy: { position: "asc" }, select: { id: true, version: true, kind: true, state: true, sourceText: true, targetText: true } },
    },
  });
  if (!document) throw new AppError("NOT_FOUND", { entity: "document" });
  const findings = await findOpenFindings(client, document, document.segments);
  return document.segments
    .filter((segment, index) => segment.state === "TRANSLATED" && segment.targetText !== "" && !hasOpenError(findings[index]))
    .map((segment) => ({ id: segment.id, version: segment.version }));
}

/** What "approve all" would approve, for the confirmation the reviewer sees first. */
export async function previewBulkApproval({ actor, documentId }: { actor: Actor; documentId: string }): Promise<BulkApprovalPreview> {
  assertCan(actor, "segment:approve");
  return { segments: await findApprovable(db, documentId) };
}

const bulkInput = z.object({
  documentId: z.string().min(1).max(64),
  /** Exactly what the reviewer confirmed; a paragraph changed since is skipped, not approved. */
  segments: z.array(z.object({ id: z.string().min(1).max(64), version: z.number().int().positive() })).max(10_000),
});

/** Approves the confirmed paragraphs in one transaction, as one batch that can be undone at once. */
export async function bulkApproveSegments({ actor, input }: { actor: Actor; input: unknown }): Promise<BulkApprovalResult> {
  assertCan(actor, "segment:approve");
  const { documentId, segments } = parseInput(bulkInput, input);
  const batchId = randomUUID();
  const result = await db.$transaction(async (tx) => {
    // The whole document rather than an `in` list of the confirmed ids: a list that long
    // exceeds the databases' parameter limits.
    const current = await tx.segment.findMany({
      where: { documentId },
      select: { id: true, version: true, state: true, targetText: true },
    });
    const byId = new Map(current.map((s) => [s.id, s]));
    const approvable = new Set((await findApprovable(tx, documentId)).map((s) => s.id));
    let approved = 0;
    for (const confirmed of segments) {
      const segment = byId.get(confirmed.id);
      if (!segment || segment.version !== confirmed.version || !approvable.has(segment.id)) continue;
      await applySegmentChange(tx, {
        actor,
        segmentId: segment.id,
        version: segment.version,
        actions: [{ type: "approve", targetText: segment.targetText }],
        batchId,
        auditAction: "segment.approved",
      });
      approved += 1;
    }
    return { batchId: approved > 0 ? batchId : null, approved, skipped: segments.length - approved };
  });
  if (result.approved > 0) await publishDocumentEvent(documentId, { type: "segments", actorId: actor.id, actorName: actor.name });
  return result;
}

const undoInput = z.object({ batchId: z.string().uuid() });

/**
 * Undoes a batch of text replacements: each paragraph nobody touched since gets its text back
 * (a REVERT revision); a paragraph changed since keeps the newer work and is counted as skipped.
 */
async function undoReplaceBatch(actor: Actor, batchId: string): Promise<UndoResult | null> {
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
export async function undoBatch({ actor, input }: { actor: Actor; input: unknown }): Promise<UndoResult> {
  const { batchId } = parseInput(undoInput, input);
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
