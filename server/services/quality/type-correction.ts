import "server-only";
import { MQM_SEVERITY_WEIGHTS } from "@/domain/quality/mqm";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { assertCan, assertCanWorkOn } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { recordReviewError } from "./record-review-error";
import { typeCorrectionInput, type TypedErrorDto } from "./type-correction.schema";

/**
 * Types a reviewer's correction after it was saved (the editor saves as one types; the category
 * comes after). Only the paragraph's latest change, made by this reviewer, can be typed: the
 * version given must still be the paragraph's, so a later edit by someone else is a CONFLICT.
 */
export async function typeCorrection({ actor, input }: { actor: Actor; input: unknown }): Promise<TypedErrorDto> {
  assertCan(actor, "segment:reject");
  const { segmentId, version, error } = parseInput(typeCorrectionInput, input);
  return db.$transaction(async (tx) => {
    const segment = await tx.segment.findUnique({ where: { id: segmentId }, select: { version: true, lang: true, documentId: true, position: true } });
    if (!segment) throw new AppError("NOT_FOUND", { entity: "segment" });
    assertCanWorkOn(actor, segment.lang);
    if (segment.version !== version) throw new AppError("CONFLICT", { entity: "segment" });
    const revision = await tx.revision.findFirst({
      where: { segmentId, segmentVersion: version, reason: { in: ["REVIEW_EDIT", "FIX", "REPLACE"] }, authorId: actor.id },
      orderBy: { createdAt: "desc" },
      select: { id: true, createdAt: true },
    });
    if (!revision) throw new AppError("INVALID_INPUT", { field: "version", reason: "no-review-edit" });
    // Whose text was corrected: the author of the text change before the reviewer's.
    const previous = await tx.revision.findFirst({
      where: { segmentId, segmentVersion: { lt: version }, reason: { notIn: ["KIND", "SOURCE", "SOURCE_MINOR"] }, authorId: { not: actor.id } },
      orderBy: { segmentVersion: "desc" },
      select: { authorId: true },
    });
    await recordReviewError(tx, { actor, segmentId, origin: "REVIEW_EDIT", error, translatorId: previous?.authorId ?? null, link: { revisionId: revision.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "segment.error-typed",
      entityType: "Segment",
      entityId: segmentId,
      documentId: segment.documentId,
      data: { position: segment.position, category: error.category, severity: error.severity },
    });
    return { segmentId, category: error.category, severity: error.severity, penalty: MQM_SEVERITY_WEIGHTS[error.severity] };
  });
}
