import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { assertCan, assertCanWorkOn } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { publishDocumentEvent } from "../../realtime/document-events";
import { parseInput } from "../../validation";
import { commentSelect, toCommentDto, type CommentDto } from "./comment-dto";
import { addCommentInput } from "./add-comment.schema";
import { assertMaySeeLoadedDocument } from "../desk/visibility";

/** Starts a thread on a paragraph, or replies to one (replies attach to the thread's first comment). */
export async function addComment({ actor, input }: { actor: Actor; input: unknown }): Promise<CommentDto> {
  assertCan(actor, "segment:comment");
  const { segmentId, body, parentId } = parseInput(addCommentInput, input);
  const { comment, documentId } = await db.$transaction(async (tx) => {
    const segment = await tx.segment.findUnique({ where: { id: segmentId }, select: { id: true, documentId: true, position: true, lang: true } });
    if (!segment) throw new AppError("NOT_FOUND", { entity: "segment" });
    assertCanWorkOn(actor, segment.lang);
    await assertMaySeeLoadedDocument(tx, actor, segment.documentId, "segment");
    let threadId: string | null = null;
    if (parentId) {
      const parent = await tx.comment.findFirst({ where: { id: parentId, segmentId }, select: { id: true, parentId: true } });
      if (!parent) throw new AppError("NOT_FOUND", { entity: "comment" });
      threadId = parent.parentId ?? parent.id;
      // A reply to a resolved thread reopens it: the conversation is not over.
      await tx.comment.updateMany({
        where: { id: threadId, resolvedAt: { not: null } },
        data: { resolvedAt: null, resolvedById: null, version: { increment: 1 } },
      });
    }
    const comment = await tx.comment.create({
      data: { segmentId, authorId: actor.id, body, parentId: threadId },
      select: commentSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "comment.added",
      entityType: "Comment",
      entityId: comment.id,
      documentId: segment.documentId,
      data: { position: segment.position, segmentId },
    });
    return { comment: toCommentDto(comment), documentId: segment.documentId };
  });
  await publishDocumentEvent(documentId, { type: "comments", segmentId, actorId: actor.id });
  return comment;
}
