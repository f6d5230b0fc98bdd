import "server-only";
import { db, type Tx } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import type { SegmentKind } from "@/domain/segmentation/classify-segment";
import { publishDocumentEvent } from "../../realtime/document-events";
import { announceSegmentChange, applySegmentChange, type SegmentChangeResult } from "./apply-segment-change";
import { parseInput } from "../../validation";
import { changeSegmentKindInput } from "./change-segment-kind.schema";

/**
 * Reclassifies a paragraph (title, caption, body, tag, page furniture...) that the import guessed
 * wrong. The kind belongs to the French paragraph, so every language's row of it takes the new kind
 * in the same transaction: each change is a KIND revision, and an approved row goes back to review.
 */
export async function changeSegmentKind({ actor, input }: { actor: Actor; input: unknown }): Promise<SegmentChangeResult> {
  assertCan(actor, "segment:edit");
  const { segmentId, kind, version } = parseInput(changeSegmentKindInput, input);
  const { result, isOtherLanguageChanged } = await db.$transaction(async (tx) => {
    // The asked-for row first: its version (409) and the actor's language are checked before anything is written.
    const result = await applySegmentChange(tx, { actor, segmentId, version, kind, actions: [{ type: "reclassify" }], auditAction: "segment.kind-changed" });
    const isOtherLanguageChanged = await reclassifyOtherLanguages(tx, actor, result.segment.id, kind);
    return { result, isOtherLanguageChanged };
  });
  if (isOtherLanguageChanged) {
    // The other languages' editors hold rows this viewer did not ask about: they reload.
    await publishDocumentEvent(result.segment.documentId, { type: "segments", actorId: actor.id, actorName: actor.name });
  }
  return announceSegmentChange(actor, result);
}

/**
 * Gives the paragraph's rows in the other languages the same kind, through the same write path
 * (version, reclassify move, KIND revision, state change, audit). The actor's language limit is
 * not applied to them: the kind is the French paragraph's, whoever may translate it.
 */
async function reclassifyOtherLanguages(tx: Tx, actor: Actor, segmentId: string, kind: SegmentKind): Promise<boolean> {
  const { paragraphId } = await tx.segment.findUniqueOrThrow({ where: { id: segmentId }, select: { paragraphId: true } });
  // A source update removes a paragraph from every language at once, so the rows of a current
  // paragraph are all current: the removed rows of other paragraphs are never among them.
  const others = await tx.segment.findMany({
    where: { paragraphId, id: { not: segmentId }, removedInRevision: null },
    orderBy: { lang: "asc" },
    select: { id: true, version: true },
  });
  let isChanged = false;
  for (const other of others) {
    const change = await applySegmentChange(tx, {
      actor,
      segmentId: other.id,
      version: other.version,
      kind,
      actions: [{ type: "reclassify" }],
      auditAction: "segment.kind-changed",
      skipLanguageCheck: true,
    });
    isChanged ||= change.changed;
  }
  return isChanged;
}
