import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";
import { assertCan } from "../../auth/assert-can";
import { can, type Actor } from "../../auth/permissions";
import { announceSegmentChange, applySegmentChange, type SegmentChangeResult } from "./apply-segment-change";
import { parseInput } from "../../validation";
import { revertSegmentInput } from "./revert-segment.schema";

/**
 * Restores the text a paragraph had right after an earlier revision. The restore is itself a
 * new REVERT revision, so nothing in the history is lost, and it goes back to review.
 */
export async function revertSegment({ actor, input }: { actor: Actor; input: unknown }): Promise<SegmentChangeResult> {
  assertCan(actor, "segment:edit");
  const { segmentId, revisionId, version } = parseInput(revertSegmentInput, input);
  const result = await db.$transaction(async (tx) => {
    // KIND and SOURCE revisions hold kinds and French, not the translation: nothing of them to restore.
    const revision = await tx.revision.findFirst({ where: { id: revisionId, segmentId, reason: { notIn: ["KIND", "SOURCE", "SOURCE_MINOR"] } }, select: { after: true } });
    if (!revision) throw new AppError("NOT_FOUND", { entity: "revision" });
    return applySegmentChange(tx, {
      actor,
      segmentId,
      version,
      targetText: revision.after,
      revisionReason: "REVERT",
      actions: [{ type: "edit", targetText: revision.after, isReviewer: can(actor, "segment:approve") }],
      auditAction: "segment.reverted",
    });
  });
  return announceSegmentChange(actor, result);
}
