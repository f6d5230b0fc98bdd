import "server-only";
import { textFingerprint } from "@/domain/qa/text-hash";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { assertCan, assertCanWorkOn } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { dismissFindingInput } from "./dismiss-finding.schema";
import { assertCanRecordReviewError, recordReviewError } from "./record-review-error";
import type { DismissalDto } from "./finding.schema";
import { assertMaySeeLoadedDocument } from "../desk/visibility";

/** Dismisses a finding for the paragraph's current texts, with a reason; it comes back if the text changes. */
export async function dismissFinding({ actor, input }: { actor: Actor; input: unknown }): Promise<DismissalDto> {
  assertCan(actor, "segment:edit");
  const { segmentId, checkId, reason, error } = parseInput(dismissFindingInput, input);
  assertCanRecordReviewError(actor, error);
  return db.$transaction(async (tx) => {
    const segment = await tx.segment.findUnique({ where: { id: segmentId }, select: { documentId: true, position: true, sourceText: true, targetText: true, lang: true, lastEditorId: true } });
    if (!segment) throw new AppError("NOT_FOUND", { entity: "segment" });
    assertCanWorkOn(actor, segment.lang);
    await assertMaySeeLoadedDocument(tx, actor, segment.documentId, "segment");
    const textHash = textFingerprint(segment.sourceText, segment.targetText);
    const dismissal = await tx.findingDismissal.upsert({
      where: { segmentId_checkId_textHash: { segmentId, checkId, textHash } },
      create: { segmentId, checkId, textHash, reason, actorId: actor.id },
      update: { reason, actorId: actor.id },
      select: { id: true },
    });
    if (error) {
      await recordReviewError(tx, { actor, segmentId, origin: "FINDING_DISMISSAL", error, translatorId: segment.lastEditorId, link: { dismissalId: dismissal.id, checkId } });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "finding.dismissed",
      entityType: "Segment",
      entityId: segmentId,
      documentId: segment.documentId,
      data: { position: segment.position, checkId, reason, ...(error ? { error } : {}) },
    });
    return { segmentId, checkId, textHash };
  });
}
