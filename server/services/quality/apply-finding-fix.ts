import "server-only";
import { checkSegment } from "@/domain/qa/engine";
import { db } from "../../db";
import { AppError } from "../../errors";
import { assertCan, assertCanWorkOn } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { loadGlossary } from "./find-open-findings";
import { announceSegmentChange, applySegmentChange, type SegmentChangeResult } from "../segments/apply-segment-change";
import { parseInput } from "../../validation";
import { applyFindingFixInput } from "./apply-finding-fix.schema";
import { assertMaySeeLoadedDocument } from "../desk/visibility";
import { assertCanRecordReviewError, latestHistoryOf, recordReviewError } from "./record-review-error";

/**
 * Applies the certain fix of a finding (the tag "Vladimir Poutine" becomes "Vladimir Putin").
 * The finding is recomputed on the server from the paragraph as it is now, never taken from the
 * browser. Recorded as a FIX revision; the paragraph goes back to review.
 */
export async function applyFindingFix({ actor, input }: { actor: Actor; input: unknown }): Promise<SegmentChangeResult> {
  assertCan(actor, "segment:edit");
  const { segmentId, checkId, version, error } = parseInput(applyFindingFixInput, input);
  assertCanRecordReviewError(actor, error);
  const result = await db.$transaction(async (tx) => {
    const segment = await tx.segment.findUnique({
      where: { id: segmentId },
      select: { kind: true, state: true, sourceText: true, targetText: true, lang: true, documentId: true, lastEditorId: true, document: { select: { sourceLang: true } } },
    });
    if (!segment) throw new AppError("NOT_FOUND", { entity: "segment" });
    assertCanWorkOn(actor, segment.lang);
    await assertMaySeeLoadedDocument(tx, actor, segment.documentId, "segment");
    const glossary = await loadGlossary(tx, segment.document.sourceLang, segment.lang);
    const finding = checkSegment(segment, { glossary, sourceLang: segment.document.sourceLang, targetLang: segment.lang }).find(
      (f) => f.checkId === checkId && f.fix !== undefined,
    );
    if (!finding?.fix) throw new AppError("NOT_FOUND", { entity: "finding" });
    const change = await applySegmentChange(tx, {
      actor,
      segmentId,
      version,
      targetText: finding.fix,
      revisionReason: "FIX",
      // A fix is a correction: the paragraph needs a reviewer's approval again.
      actions: [{ type: "edit", targetText: finding.fix, isReviewer: true }],
      auditAction: "segment.edited",
    });
    if (error && change.changed) {
      const { revisionId } = await latestHistoryOf(tx, segmentId, change.segment.version);
      await recordReviewError(tx, { actor, segmentId, origin: "FINDING_FIX", error, translatorId: segment.lastEditorId, link: { revisionId, checkId } });
    }
    return change;
  });
  return announceSegmentChange(actor, result);
}
