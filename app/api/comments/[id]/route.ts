import { handleRoute } from "@/server/api/handle-route";
import { setCommentResolved } from "@/server/services/comments/set-comment-resolved";
import { setCommentResolvedContract } from "@/server/services/comments/set-comment-resolved.schema";

// The URL, not the body, names the comment: its id goes last.
export const PATCH = handleRoute(setCommentResolvedContract, ({ actor, params, body }) =>
  setCommentResolved({ actor, input: { ...(body as object), commentId: params.id } }),
);
