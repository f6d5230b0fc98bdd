import "server-only";
import type { SegmentAction } from "@/domain/workflow/segment-state";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import { can, type Actor } from "../../auth/permissions";
import { announceSegmentChange, applySegmentChange, type SegmentChangeResult } from "./apply-segment-change";
import { parseInput } from "../../validation";
import { saveSegmentInput } from "./save-segment.schema";
import { countSave } from "../../observability/app-metrics";
import { assertMemoryTranslation } from "../memory/memory-units";
import { assertCanRecordReviewError, latestHistoryOf, recordReviewError } from "../quality/record-review-error";

/**
 * Saves a paragraph's English text. A reviewer's correction is recorded as REVIEW_EDIT so the
 * translator can see what the reviewer changed; saving an approved paragraph sends it back to review.
 * A translation-memory match inserted (with its unit's id) is recorded as MEMORY.
 */
export async function saveSegment({ actor, input }: { actor: Actor; input: unknown }): Promise<SegmentChangeResult> {
  assertCan(actor, "segment:edit");
  const { segmentId, targetText, version, submit, memoryUnitId, error } = parseInput(saveSegmentInput, input);
  assertCanRecordReviewError(actor, error);
  if (submit) assertCan(actor, "segment:submit");
  const isReviewer = can(actor, "segment:approve");
  const actions: SegmentAction[] = [{ type: "edit", targetText, isReviewer }];
  if (submit) actions.push({ type: "submit", targetText });
  const result = await db.$transaction(async (tx) => {
    // A text inserted from the memory is recorded as such only if it is the unit's translation.
    if (memoryUnitId !== undefined) await assertMemoryTranslation(tx, memoryUnitId, targetText);
    const before = error ? await tx.segment.findUnique({ where: { id: segmentId }, select: { lastEditorId: true, targetText: true } }) : null;
    const change = await applySegmentChange(tx, {
      actor,
      segmentId,
      version,
      targetText,
      revisionReason: memoryUnitId !== undefined ? "MEMORY" : isReviewer ? "REVIEW_EDIT" : "EDIT",
      actions,
      auditAction: submit ? "segment.submitted" : "segment.edited",
    });
    // The error types the correction: recorded only when the text did change.
    if (error && change.changed && before && before.targetText !== targetText) {
      const { revisionId } = await latestHistoryOf(tx, segmentId, change.segment.version);
      await recordReviewError(tx, { actor, segmentId, origin: "REVIEW_EDIT", error, translatorId: before.lastEditorId, link: { revisionId } });
    }
    return change;
  });
  if (result.changed) countSave();
  return announceSegmentChange(actor, result);
}
