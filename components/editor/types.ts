import type { ApiError } from "../api/client";
import type { SegmentDto } from "@/server/services/segments/segment-dto.schema";

/** What the signed-in user may do here; computed on the server with `can()`. */
export type EditorRights = {
  canEdit: boolean;
  canSubmit: boolean;
  canApprove: boolean;
  canReject: boolean;
  canExclude: boolean;
  canComment: boolean;
  /** May give the article a new version of its French (who may import may update the source). */
  canUpdateSource?: boolean;
};

export type RowStatus =
  | { kind: "saving" }
  | { kind: "saved" }
  | { kind: "error"; error: ApiError }
  /**
   * The database or the server could not be reached: the text is kept and sent again after
   * `retryInMs`; `attempt` counts the failures in a row (the backoff grows with it).
   */
  | { kind: "retrying"; error: ApiError; attempt: number; retryInMs: number };

/** A save refused because someone else saved first: both texts, for the user to decide. */
export type Conflict = { mine: string; theirs: SegmentDto };

/** How the user settles a conflict: their own text, the saved one, or a merge of both. */
export type ConflictChoice = "mine" | "theirs" | { merged: string };

export type { ReviewAction } from "@/domain/workflow/review-actions";
