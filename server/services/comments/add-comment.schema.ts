import { z } from "zod";
import { defineContract, idParams } from "../../api/contract";
import { commentSchema } from "./comment-dto";

/** The longest comment, in characters. */
export const MAX_COMMENT_LENGTH = 4_000;

export const addCommentInput = z.object({
  segmentId: z.string().min(1).max(64),
  body: z.string().trim().min(1).max(MAX_COMMENT_LENGTH),
  /** Any comment of the thread to reply to; the reply attaches to the thread's first comment. */
  parentId: z.string().min(1).max(64).optional(),
});

export const addCommentContract = defineContract({
  operationId: "addComment",
  tag: "comments",
  method: "POST",
  path: "/api/segments/{id}/comments",
  summary: "Starts a thread on a paragraph, or replies to one (a reply reopens a resolved thread).",
  access: "segment:comment",
  params: idParams,
  body: addCommentInput.omit({ segmentId: true }),
  response: commentSchema,
  status: 201,
});
