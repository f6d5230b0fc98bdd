import "server-only";
import { countApprovals } from "../../observability/app-metrics";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor, Permission } from "../../auth/permissions";
import type { AuditAction } from "../../audit";
import { announceSegmentChange, applySegmentChange, type SegmentChangeResult } from "../segments/apply-segment-change";
import { segmentSelect, toSegmentDto } from "../segments/segment-dto";
import { parseInput } from "../../validation";
import { enqueueIfTranslationReady } from "../webhooks/translation-ready";
import { wakeWebhookWorker } from "../webhooks/worker-signal";
import type { ReviewAction } from "@/domain/workflow/review-actions";
import { reviewSegmentInput } from "./review-segment.schema";
import { assertCanRecordReviewError, latestHistoryOf, recordReviewError } from "../quality/record-review-error";

const AUDIT: Record<ReviewAction, AuditAction> = {
  submit: "segment.submitted",
  approve: "segment.approved",
  reject: "segment.rejected",
  exclude: "segment.excluded",
  include: "segment.included",
};

const PERMISSION: Record<ReviewAction, Permission> = {
  submit: "segment:submit",
  approve: "segment:approve",
  reject: "segment:reject",
  exclude: "segment:exclude",
  include: "segment:exclude",
};

/**
 * Moves a paragraph through review without touching its text: submit, approve, reject (with
 * a reason, which also becomes a comment for the translator), exclude or include.
 */
export async function reviewSegment({ actor, input }: { actor: Actor; input: unknown }): Promise<SegmentChangeResult> {
  // Check the right first, so a refused actor learns nothing from validation messages.
  const action = typeof input === "object" && input && "action" in input ? String(input.action) : "";
  if (action in PERMISSION) assertCan(actor, PERMISSION[action as ReviewAction]);
  const parsed = parseInput(reviewSegmentInput, input);
  const typedError = parsed.action === "reject" ? parsed.error : undefined;
  assertCanRecordReviewError(actor, typedError);
  const result = await db.$transaction(async (tx) => {
    const current = await tx.segment.findUnique({ where: { id: parsed.segmentId }, select: { targetText: true, state: true, lastEditorId: true } });
    const targetText = current?.targetText ?? "";
    const result = await applySegmentChange(tx, {
      actor,
      segmentId: parsed.segmentId,
      version: parsed.version,
      actions: [
        parsed.action === "reject"
          ? { type: "reject", reason: parsed.reason }
          : parsed.action === "exclude"
            ? { type: "exclude" }
            : { type: parsed.action, targetText },
      ],
      comment: parsed.action === "reject" ? parsed.reason : undefined,
      auditAction: AUDIT[parsed.action],
    });
    // Approving or excluding the last paragraph that was not approved makes the translation ready.
    if (result.changed && current?.state !== "APPROVED" && (result.segment.state === "APPROVED" || result.segment.state === "EXCLUDED")) {
      await enqueueIfTranslationReady(tx, result.segment);
    }
    if (parsed.action === "reject" && result.changed) {
      if (typedError) {
        const { stateChangeId } = await latestHistoryOf(tx, parsed.segmentId, result.segment.version);
        await recordReviewError(tx, { actor, segmentId: parsed.segmentId, origin: "REJECTION", error: typedError, translatorId: current?.lastEditorId ?? null, link: { stateChangeId } });
      }
      await tx.comment.create({ data: { segmentId: parsed.segmentId, authorId: actor.id, body: parsed.reason } });
      const withComment = await tx.segment.findUniqueOrThrow({ where: { id: parsed.segmentId }, select: segmentSelect });
      return { ...result, segment: toSegmentDto(withComment) };
    }
    return result;
  });
  wakeWebhookWorker();
  if (parsed.action === "approve" && result.changed) countApprovals(1, "single");
  return announceSegmentChange(actor, result);
}
