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

/**
 * Saves a paragraph's English text. A reviewer's correction is recorded as REVIEW_EDIT so the
 * translator can see what the reviewer changed; saving an approved paragraph sends it back to review.
 * A translation-memory match inserted (with its unit's id) is recorded as MEMORY.
 */
export async function saveSegment({ actor, input }: { actor: Actor; input: unknown }): Promise<SegmentChangeResult> {
  assertCan(actor, "segment:edit");
  const { segmentId, targetText, version, submit, memoryUnitId } = parseInput(saveSegmentInput, input);
  if (submit) assertCan(actor, "segment:submit");
  const isReviewer = can(actor, "segment:approve");
  const actions: SegmentAction[] = [{ type: "edit", targetText, isReviewer }];
  if (submit) actions.push({ type: "submit", targetText });
  const result = await db.$transaction(async (tx) => {
    // A text inserted from the memory is recorded as such only if it is the unit's translation.
    if (memoryUnitId !== undefined) await assertMemoryTranslation(tx, memoryUnitId, targetText);
    return applySegmentChange(tx, {
      actor,
      segmentId,
      version,
      targetText,
      revisionReason: memoryUnitId !== undefined ? "MEMORY" : isReviewer ? "REVIEW_EDIT" : "EDIT",
      actions,
      auditAction: submit ? "segment.submitted" : "segment.edited",
    });
  });
  if (result.changed) countSave();
  return announceSegmentChange(actor, result);
}
