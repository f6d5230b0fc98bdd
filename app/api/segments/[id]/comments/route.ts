import { handleRoute } from "@/server/api/handle-route";
import { addComment } from "@/server/services/comments/add-comment";
import { addCommentContract } from "@/server/services/comments/add-comment.schema";
import { listComments } from "@/server/services/comments/list-comments";
import { listCommentsContract } from "@/server/services/comments/list-comments.schema";

export const GET = handleRoute(listCommentsContract, ({ actor, params }) => listComments({ actor, segmentId: params.id }));

// The URL, not the body, names the paragraph: its id goes last.
export const POST = handleRoute(addCommentContract, ({ actor, params, body }) =>
  addComment({ actor, input: { ...(body as object), segmentId: params.id } }),
);
