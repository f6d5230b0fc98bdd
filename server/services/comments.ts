import "server-only";
import { z } from "zod";
import { db } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit";
import { assertCan } from "../auth/assert-can";
import type { Actor } from "../auth/permissions";
import { publishDocumentEvent } from "../realtime/document-events";
import { parseInput } from "../validation";

const MAX_COMMENT_LENGTH = 4_000;

export type CommentDto = {
  id: string;
  parentId: string | null;
  authorName: string;
  body: string;
  createdAt: string;
  resolvedAt: string | null;
  resolvedByName: string | null;
  version: number;
};

const commentSelect = {
  id: true,
  parentId: true,
  body: true,
  createdAt: true,
  resolvedAt: true,
  version: true,
  author: { select: { name: true } },
  resolvedBy: { select: { name: true } },
} as const;

function toCommentDto(comment: {
  id: string;
  parentId: string | null;
  body: string;
  createdAt: Date;
  resolvedAt: Date | null;
  version: number;
  author: { name: string };
  resolvedBy: { name: string } | null;
}): CommentDto {
  return {
    id: comment.id,
    parentId: comment.parentId,
    authorName: comment.author.name,
    body: comment.body,
    createdAt: comment.createdAt.toISOString(),
    resolvedAt: comment.resolvedAt?.toISOString() ?? null,
    resolvedByName: comment.resolvedBy?.name ?? null,
    version: comment.version,
  };
}

/** A paragraph's comment threads, oldest first; replies carry their thread's id as parentId. */
export async function listComments({ actor, segmentId }: { actor: Actor; segmentId: string }): Promise<CommentDto[]> {
  assertCan(actor, "document:view");
  const segment = await db.segment.findUnique({ where: { id: segmentId }, select: { id: true } });
  if (!segment) throw new AppError("NOT_FOUND", { entity: "segment" });
  const comments = await db.comment.findMany({ where: { segmentId }, orderBy: { createdAt: "asc" }, select: commentSelect });
  return comments.map(toCommentDto);
}

const addCommentInput = z.object({
  segmentId: z.string().min(1).max(64),
  body: z.string().trim().min(1).max(MAX_COMMENT_LENGTH),
  parentId: z.string().min(1).max(64).optional(),
});

/** Starts a thread on a paragraph, or replies to one (replies attach to the thread's first comment). */
export async function addComment({ actor, input }: { actor: Actor; input: unknown }): Promise<CommentDto> {
  assertCan(actor, "segment:comment");
  const { segmentId, body, parentId } = parseInput(addCommentInput, input);
  const { comment, documentId } = await db.$transaction(async (tx) => {
    const segment = await tx.segment.findUnique({ where: { id: segmentId }, select: { id: true, documentId: true, position: true } });
    if (!segment) throw new AppError("NOT_FOUND", { entity: "segment" });
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

const resolveInput = z.object({
  commentId: z.string().min(1).max(64),
  isResolved: z.boolean(),
  version: z.number().int().positive(),
});

/** Marks a thread resolved or reopens it. Anyone who may comment may do either. */
export async function setCommentResolved({ actor, input }: { actor: Actor; input: unknown }): Promise<CommentDto> {
  assertCan(actor, "segment:comment");
  const { commentId, isResolved, version } = parseInput(resolveInput, input);
  const { dto, segment } = await db.$transaction(async (tx) => {
    const comment = await tx.comment.findUnique({
      where: { id: commentId },
      select: { id: true, parentId: true, version: true, segment: { select: { id: true, documentId: true, position: true } } },
    });
    if (!comment) throw new AppError("NOT_FOUND", { entity: "comment" });
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
