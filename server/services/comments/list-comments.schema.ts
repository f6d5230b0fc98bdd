import { z } from "zod";
import { defineContract, idParams } from "../../api/contract";
import { commentSchema } from "./comment-dto";

export const listCommentsInput = z.object({ segmentId: z.string().min(1).max(64) });

export const commentListSchema = z.array(commentSchema);

export const listCommentsContract = defineContract({
  operationId: "listComments",
  tag: "comments",
  method: "GET",
  path: "/api/segments/{id}/comments",
  summary: "A paragraph's comment threads, oldest first; replies carry their thread's id as parentId.",
  access: "document:view",
  params: idParams,
  response: commentListSchema,
});
