import "server-only";
import { z } from "zod";
import { CHECK_IDS, checkSegment } from "@/domain/qa/engine";
import { textFingerprint } from "@/domain/qa/text-hash";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { loadGlossary } from "./find-open-findings";
import { announceSegmentChange, applySegmentChange, type SegmentChangeResult } from "../segments/apply-segment-change";
import { parseInput } from "../../validation";

const fixInput = z.object({
  segmentId: z.string().min(1).max(64),
  checkId: z.enum(CHECK_IDS as unknown as [string, ...string[]]),
  version: z.number().int().positive(),
});

/**
 * Applies the certain fix of a finding (the tag "Vladimir Poutine" becomes "Vladimir Putin").
 * The finding is recomputed on the server from the paragraph as it is now, never taken from the
 * browser. Recorded as a FIX revision; the paragraph goes back to review.
 */
export async function applyFindingFix({ actor, input }: { actor: Actor; input: unknown }): Promise<SegmentChangeResult> {
  assertCan(actor, "segment:edit");
  const { segmentId, checkId, version } = parseInput(fixInput, input);
  const result = await db.$transaction(async (tx) => {
    const segment = await tx.segment.findUnique({
      where: { id: segmentId },
      select: { kind: true, state: true, sourceText: true, targetText: true, document: { select: { sourceLang: true, targetLang: true } } },
    });
    if (!segment) throw new AppError("NOT_FOUND", { entity: "segment" });
    const glossary = await loadGlossary(tx, segment.document.sourceLang, segment.document.targetLang);
    const finding = checkSegment(segment, { glossary, sourceLang: segment.document.sourceLang, targetLang: segment.document.targetLang }).find(
      (f) => f.checkId === checkId && f.fix !== undefined,
    );
    if (!finding?.fix) throw new AppError("NOT_FOUND", { entity: "finding" });
    return applySegmentChange(tx, {
      actor,
      segmentId,
      version,
      targetText: finding.fix,
      revisionReason: "FIX",
      // A fix is a correction: the paragraph needs a reviewer's approval again.
      actions: [{ type: "edit", targetText: finding.fix, isReviewer: true }],
      auditAction: "segment.edited",
    });
  });
  return announceSegmentChange(actor, result);
}

const dismissInput = z.object({
  segmentId: z.string().min(1).max(64),
  checkId: z.enum(CHECK_IDS as unknown as [string, ...string[]]),
  reason: z.string().trim().min(1).max(1_000),
});

/** Dismisses a finding for the paragraph's current texts, with a reason; it comes back if the text changes. */
export async function dismissFinding({ actor, input }: { actor: Actor; input: unknown }): Promise<{ segmentId: string; checkId: string; textHash: string }> {
  assertCan(actor, "segment:edit");
  const { segmentId, checkId, reason } = parseInput(dismissInput, input);
  return db.$transaction(async (tx) => {
    const segment = await tx.segment.findUnique({ where: { id: segmentId }, select: { documentId: true, position: true, sourceText: true, targetText: true } });
    if (!segment) throw new AppError("NOT_FOUND", { entity: "segment" });
    const textHash = textFingerprint(segment.sourceText, segment.targetText);
    await tx.findingDismissal.upsert({
      where: { segmentId_checkId_textHash: { segmentId, checkId, textHash } },
      create: { segmentId, checkId, textHash, reason, actorId: actor.id },
      update: { reason, actorId: actor.id },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "finding.dismissed",
      entityType: "Segment",
      entityId: segmentId,
      documentId: segment.documentId,
      data: { position: segment.position, checkId, reason },
    });
    return { segmentId, checkId, textHash };
  });
}
