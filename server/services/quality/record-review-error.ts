import "server-only";
import { MQM_SEVERITY_WEIGHTS, type ReviewErrorOrigin } from "@/domain/quality/mqm";
import type { Tx } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import type { ReviewErrorInput } from "./review-error.schema";

type Link = { stateChangeId?: string; revisionId?: string; dismissalId?: string; checkId?: string };

/** Whoever types an error judges someone's work: only those who may reject. Checked before any write. */
export function assertCanRecordReviewError(actor: Actor, error: ReviewErrorInput | undefined): void {
  if (error) assertCan(actor, "segment:reject");
}

/**
 * Writes the typed error on the caller's transaction, beside the history row it types, so the two
 * commit together. The translator is the paragraph's last editor before the change judged.
 */
export async function recordReviewError(
  tx: Tx,
  { actor, segmentId, origin, error, translatorId, link }: { actor: Actor; segmentId: string; origin: ReviewErrorOrigin; error: ReviewErrorInput; translatorId: string | null; link: Link },
): Promise<void> {
  const segment = await tx.segment.findUniqueOrThrow({ where: { id: segmentId }, select: { documentId: true, lang: true } });
  // One typed error per history row: typing the same rejection, correction or dismissal again
  // replaces its type, so a repeated or corrected submission never adds penalty points.
  const sameRow = [
    ...(link.stateChangeId ? [{ stateChangeId: link.stateChangeId }] : []),
    ...(link.revisionId ? [{ revisionId: link.revisionId }] : []),
    ...(link.dismissalId ? [{ dismissalId: link.dismissalId }] : []),
  ];
  if (sameRow.length > 0) await tx.reviewError.deleteMany({ where: { segmentId, origin, OR: sameRow } });
  await tx.reviewError.create({
    data: {
      segmentId,
      documentId: segment.documentId,
      lang: segment.lang,
      origin,
      category: error.category,
      severity: error.severity,
      penalty: MQM_SEVERITY_WEIGHTS[error.severity],
      translatorId,
      actorId: actor.id,
      stateChangeId: link.stateChangeId ?? null,
      revisionId: link.revisionId ?? null,
      dismissalId: link.dismissalId ?? null,
      checkId: link.checkId ?? null,
    },
    select: { id: true },
  });
}

/** The history rows a change just wrote, for the error to point at. */
export async function latestHistoryOf(tx: Tx, segmentId: string, segmentVersion: number) {
  const [stateChange, revision] = await Promise.all([
    tx.stateChange.findFirst({ where: { segmentId, segmentVersion }, orderBy: { createdAt: "desc" }, select: { id: true } }),
    tx.revision.findFirst({ where: { segmentId, segmentVersion, reason: { notIn: ["KIND", "SOURCE", "SOURCE_MINOR"] } }, orderBy: { createdAt: "desc" }, select: { id: true } }),
  ]);
  return { stateChangeId: stateChange?.id, revisionId: revision?.id };
}
