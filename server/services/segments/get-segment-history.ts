import "server-only";
import { diffPhrases } from "@/domain/history/phrase-diff";
import { isSegmentKind, type SegmentKind } from "@/domain/segmentation/classify-segment";
import { db } from "../../db";
import { AppError } from "../../errors";
import { assertCan, assertCanWorkOn } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import type { HistoryEntryDto } from "./get-segment-history.schema";
import { assertMaySeeLoadedDocument } from "../desk/visibility";

// A KIND revision records kinds (apply-segment-change.ts); a kind since removed from the list reads as body text.
const toKind = (value: string): SegmentKind => (isSegmentKind(value) ? value : "BODY");

/** Every change of one paragraph, newest first: text revisions with a word diff grouped into phrases, kind changes and state moves. */
export async function getSegmentHistory({ actor, segmentId }: { actor: Actor; segmentId: string }): Promise<HistoryEntryDto[]> {
  assertCan(actor, "document:view");
  const segment = await db.segment.findUnique({
    where: { id: segmentId },
    select: {
      lang: true,
      documentId: true,
      revisions: {
        select: { id: true, reason: true, before: true, after: true, createdAt: true, segmentVersion: true, author: { select: { name: true } } },
      },
      stateChanges: {
        select: {
          id: true,
          fromState: true,
          toState: true,
          comment: true,
          createdAt: true,
          segmentVersion: true,
          actor: { select: { name: true } },
        },
      },
    },
  });
  if (!segment) throw new AppError("NOT_FOUND", { entity: "segment" });
  assertCanWorkOn(actor, segment.lang);
  await assertMaySeeLoadedDocument(db, actor, segment.documentId, "segment");
  const entries: HistoryEntryDto[] = [
    ...segment.revisions.map((revision): HistoryEntryDto => {
      if (revision.reason === "SOURCE" || revision.reason === "SOURCE_MINOR") {
        return {
          type: "source",
          id: revision.id,
          isMinor: revision.reason === "SOURCE_MINOR",
          authorName: revision.author.name,
          createdAt: revision.createdAt.toISOString(),
          before: revision.before,
          after: revision.after,
          segmentVersion: revision.segmentVersion,
          diff: diffPhrases(revision.before, revision.after),
        };
      }
      if (revision.reason === "KIND") {
        return {
          type: "kind",
          id: revision.id,
          fromKind: toKind(revision.before),
          toKind: toKind(revision.after),
          authorName: revision.author.name,
          createdAt: revision.createdAt.toISOString(),
          segmentVersion: revision.segmentVersion,
        };
      }
      return {
        type: "revision",
      id: revision.id,
      reason: revision.reason,
      authorName: revision.author.name,
      createdAt: revision.createdAt.toISOString(),
      before: revision.before,
      after: revision.after,
      segmentVersion: revision.segmentVersion,
        diff: diffPhrases(revision.before, revision.after),
      };
    }),
    ...segment.stateChanges.map((change) => ({
      type: "state" as const,
      id: change.id,
      fromState: change.fromState,
      toState: change.toState,
      actorName: change.actor.name,
      comment: change.comment,
      createdAt: change.createdAt.toISOString(),
      segmentVersion: change.segmentVersion,
    })),
  ];
  // Versions order the history exactly, where timestamps of one transaction may tie. Within
  // one version (save and submit), the state move came after the text change.
  return entries.sort((a, b) => b.segmentVersion - a.segmentVersion || (a.type === "state" ? -1 : 1));
}
