import "server-only";
import type { SegmentKind } from "@/domain/segmentation/classify-segment";
import { transitionSegment, type SegmentAction, type SegmentState } from "@/domain/workflow/segment-state";
import type { RevisionReason } from "../../generated/prisma/enums";
import type { Tx } from "../../db";
import { AppError } from "../../errors";
import { recordAudit, type AuditAction } from "../../audit";
import type { Actor } from "../../auth/permissions";
import { assertCanWorkOn } from "../../auth/assert-can";
import { publishDocumentEvent } from "../../realtime/document-events";
import { followSegmentInMemory } from "../memory/memory-units";
import { lastEditorNameOf, segmentRowSelect, segmentSelect, toSegmentDto, toSegmentDtoFromRow } from "./segment-dto";
import type { SegmentChangeResult, SegmentDto } from "./segment-dto.schema";
import { assertMaySeeLoadedDocument } from "../desk/visibility";

export type { SegmentChangeResult };

export type SegmentChange = {
  actor: Actor;
  segmentId: string;
  /** The version the actor's change is based on. Anything else is a CONFLICT. */
  version: number;
  /** The new English text, when the change edits it. */
  targetText?: string;
  /** A new kind (title, body, tag...), when the user reclassifies the paragraph. */
  kind?: SegmentKind;
  revisionReason?: RevisionReason;
  /** Workflow moves, applied in order (edit then submit, for "save and submit"). */
  actions: SegmentAction[];
  /** Kept with the state change: a rejection's reason, for example. */
  comment?: string;
  batchId?: string;
  /**
   * The paragraph's audit event; null only where the caller records one event for the whole
   * batch in the same transaction (undoing a bulk approval is one line in the activity).
   */
  auditAction: AuditAction | null;
  /**
   * Skips the actor's language limit for this row. Only for a change that follows a property of
   * the French paragraph into the other languages' rows (its kind): the actor is checked on the row
   * they asked to change, and the other languages must follow even where they cannot work.
   */
  skipLanguageCheck?: boolean;
};

/** Tells the document's viewers, after commit, that a paragraph changed. */
export async function announceSegmentChange(actor: Actor, result: SegmentChangeResult): Promise<SegmentChangeResult> {
  if (result.changed) {
    await publishDocumentEvent(result.segment.documentId, {
      type: "segment",
      segmentId: result.segment.id,
      version: result.segment.version,
      actorId: actor.id,
      actorName: actor.name,
    });
  }
  return result;
}

async function conflict(tx: Tx, segmentId: string): Promise<never> {
  const current = await tx.segment.findUnique({ where: { id: segmentId }, select: segmentSelect });
  throw new AppError("CONFLICT", { entity: "segment" }, { details: current ? { current: toSegmentDto(current) } : {} });
}

/**
 * The one way a segment changes: checks the version, runs the workflow, then writes the
 * segment, its Revisions (text, kind), its StateChange and its audit event on the caller's transaction,
 * so they commit together or not at all.
 */
export async function applySegmentChange(tx: Tx, change: SegmentChange): Promise<SegmentChangeResult> {
  const selected = await tx.segment.findUnique({ where: { id: change.segmentId }, select: segmentRowSelect });
  if (!selected) throw new AppError("NOT_FOUND", { entity: "segment" });
  // The last editor's name is read only when the answer shows it unchanged (see below).
  const isTextChange = change.targetText !== undefined && change.targetText !== selected.targetText;
  const segment = toSegmentDtoFromRow(selected, isTextChange ? null : await lastEditorNameOf(tx, selected, change.actor));
  if (!change.skipLanguageCheck) {
    assertCanWorkOn(change.actor, segment.lang);
    await assertMaySeeLoadedDocument(tx, change.actor, segment.documentId, "segment");
  }
  if (segment.version !== change.version) return conflict(tx, segment.id);
  // A paragraph a source update removed stays in history only: nothing changes it any more.
  if (segment.removedInRevision !== null) throw new AppError("INVALID_TRANSITION", { refusal: "removed-segment", from: segment.state });

  const targetText = change.targetText ?? segment.targetText;
  let state: SegmentState = segment.state;
  for (const action of change.actions) {
    const result = transitionSegment(state, action);
    if (!result.ok) throw new AppError("INVALID_TRANSITION", { refusal: result.refusal, from: state });
    state = result.state;
  }
  const isTextChanged = targetText !== segment.targetText;
  // A move that carries a comment is recorded even when the state stays: rejecting a rejected
  // paragraph again adds a further reason, which must not be dropped silently.
  const isStateChanged = state !== segment.state || change.comment !== undefined;
  const kind = change.kind ?? segment.kind;
  const isKindChanged = kind !== segment.kind;
  if (!isTextChanged && !isStateChanged && !isKindChanged) return { segment, changed: false, fromState: segment.state };

  const nextVersion = segment.version + 1;
  const now = new Date();
  // The version in the WHERE clause makes check-and-write atomic against a concurrent save.
  const updated = await tx.segment.updateMany({
    where: { id: segment.id, version: change.version },
    data: {
      targetText,
      state,
      kind,
      version: nextVersion,
      updatedAt: now,
      // The French diff is shown only while the translation is outdated.
      ...(state !== "OUTDATED" ? { previousSourceText: null } : {}),
      ...(isTextChanged ? { lastEditorId: change.actor.id } : {}),
    },
  });
  if (updated.count === 0) return conflict(tx, segment.id);

  if (isTextChanged) {
    if (!change.revisionReason) throw new Error("a text change needs a revision reason");
    // createMany: nothing is read back (create would return the row).
    await tx.revision.createMany({
      data: {
        segmentId: segment.id,
        authorId: change.actor.id,
        before: segment.targetText,
        after: targetText,
        reason: change.revisionReason,
        segmentVersion: nextVersion,
        batchId: change.batchId ?? null,
      },
    });
  }
  if (isKindChanged) {
    // A kind change is history like a text change, but its before/after are kinds (decision 005):
    // readers of revisions that mean text (restore, undo, the history's diff) leave KIND out.
    await tx.revision.create({
      data: {
        segmentId: segment.id,
        authorId: change.actor.id,
        before: segment.kind,
        after: kind,
        reason: "KIND",
        segmentVersion: nextVersion,
        batchId: change.batchId ?? null,
      },
    });
  }
  if (isStateChanged) {
    await tx.stateChange.create({
      data: {
        segmentId: segment.id,
        fromState: segment.state,
        toState: state,
        actorId: change.actor.id,
        comment: change.comment ?? null,
        segmentVersion: nextVersion,
        batchId: change.batchId ?? null,
      },
    });
  }
  if (change.auditAction) {
    await recordAudit(tx, {
      actorId: change.actor.id,
      action: change.auditAction,
      entityType: "Segment",
      entityId: segment.id,
      documentId: segment.documentId,
      data: {
        position: segment.position,
        ...(isStateChanged ? { from: segment.state, to: state } : {}),
        ...(isKindChanged ? { fromKind: segment.kind, toKind: kind } : {}),
        ...(change.revisionReason && isTextChanged ? { reason: change.revisionReason } : {}),
        ...(change.batchId ? { batchId: change.batchId } : {}),
      },
    });
  }
  // The translation memory follows approvals and rejections in this same transaction (decision 020).
  if (isStateChanged || isTextChanged) {
    await followSegmentInMemory(tx, {
      segmentId: segment.id,
      documentId: segment.documentId,
      lang: segment.lang,
      sourceText: segment.sourceText,
      targetText,
      fromState: segment.state,
      toState: state,
      isTextChanged,
      isUndo: change.actions.some((action) => action.type === "restore"),
      actorName: change.actor.name,
      at: now,
    });
  }
  // The documents list orders by this column; keeping it here means no write can forget it.
  await tx.document.updateMany({ where: { id: segment.documentId }, data: { lastActivityAt: now } });
  // The saved row is known without reading it back: one query less on every save.
  const saved: SegmentDto = {
    ...segment,
    targetText,
    state,
    kind,
    version: nextVersion,
    previousSourceText: state !== "OUTDATED" ? null : segment.previousSourceText,
    lastEditorName: isTextChanged ? change.actor.name : segment.lastEditorName,
    updatedAt: now.toISOString(),
  };
  return { segment: saved, changed: true, fromState: segment.state };
}
