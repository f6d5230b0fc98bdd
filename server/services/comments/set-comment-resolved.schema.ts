import { z } from "zod";
import { defineContract, idParams } from "../../api/contract";
import { commentSchema } from "./comment-dto";

export const setCommentResolvedInput = z.object({
  /** A thread's first comment: replies are resolved with their thread. */
  commentId: z.string().min(1).max(64),
  isResolved: z.boolean(),
  version: z.number().int().positive(),
});

export const setCommentResolvedContract = defineContract({
  operationId: "setCommentResolved",
  tag: "comments",
  method: "PATCH",
  path: "/api/comments/{id}",
  summary: "Marks a thread resolved or reopens it.",
  access: "segment:comment",
  params: idParams,
  body: setCommentResolvedInput.omit({ commentId: true }),
  response: commentSchema,
});
