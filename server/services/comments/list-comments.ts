import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";
import { assertCan, assertCanWorkOn } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { commentSelect, toCommentDto, type CommentDto } from "./comment-dto";
import { listCommentsInput } from "./list-comments.schema";
import { assertMaySeeLoadedDocument } from "../desk/visibility";

/** A paragraph's comment threads, oldest first; replies carry their thread's id as parentId. */
export async function listComments({ actor, segmentId }: { actor: Actor; segmentId: string }): Promise<CommentDto[]> {
  assertCan(actor, "document:view");
  const input = parseInput(listCommentsInput, { segmentId });
  const segment = await db.segment.findUnique({ where: { id: input.segmentId }, select: { id: true, lang: true, documentId: true } });
  if (!segment) throw new AppError("NOT_FOUND", { entity: "segment" });
  assertCanWorkOn(actor, segment.lang);
  await assertMaySeeLoadedDocument(db, actor, segment.documentId, "segment");
  const comments = await db.comment.findMany({ where: { segmentId: input.segmentId }, orderBy: { createdAt: "asc" }, select: commentSelect });
  return comments.map(toCommentDto);
}
