import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { assertCan, assertCanWorkOn } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { publishDocumentEvent } from "../../realtime/document-events";
import { parseInput } from "../../validation";
import { commentSelect, toCommentDto, type CommentDto } from "./comment-dto";
import { setCommentResolvedInput } from "./set-comment-resolved.schema";
import { assertMaySeeLoadedDocument } from "../desk/visibility";

/** Marks a thread resolved or reopens it. Anyone who may comment may do either. */
export async function setCommentResolved({ actor, input }: { actor: Actor; input: unknown }): Promise<CommentDto> {
  assertCan(actor, "segment:comment");
  const { commentId, isResolved, version } = parseInput(setCommentResolvedInput, input);
  const { dto, segment } = await db.$transaction(async (tx) => {
    const comment = await tx.comment.findUnique({
      where: { id: commentId },
      select: { id: true, parentId: true, version: true, segment: { select: { id: true, documentId: true, position: true, lang: true } } },
    });
    if (!comment) throw new AppError("NOT_FOUND", { entity: "comment" });
    assertCanWorkOn(actor, comment.segment.lang);
    await assertMaySeeLoadedDocument(tx, actor, comment.segment.documentId, "comment");
    if (comment.parentId) throw new AppError("INVALID_INPUT", { field: "commentId" });
    const updated = await tx.comment.updateMany({
      where: { id: commentId, version },
      data: isResolved
        ? { resolvedAt: new Date(), resolvedById: actor.id, version: { increment: 1 } }
        : { resolvedAt: null, resolvedById: null, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", { entity: "comment" });
    await recordAudit(tx, {
      actorId: actor.id,
      action: isResolved ? "comment.resolved" : "comment.reopened",
      entityType: "Comment",
      entityId: commentId,
      documentId: comment.segment.documentId,
      data: { position: comment.segment.position, segmentId: comment.segment.id },
    });
    return { dto: toCommentDto(await tx.comment.findUniqueOrThrow({ where: { id: commentId }, select: commentSelect })), segment: comment.segment };
  });
  await publishDocumentEvent(segment.documentId, { type: "comments", segmentId: segment.id, actorId: actor.id });
  return dto;
}
