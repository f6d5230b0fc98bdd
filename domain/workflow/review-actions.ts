import { transitionSegment, type SegmentAction, type SegmentState } from "./segment-state";

/** The review moves a person can ask for on a paragraph, in the order the editor shows them. */
export const REVIEW_ACTIONS = ["submit", "approve", "reject", "exclude", "include"] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** The rights that matter for review moves (the server computes them with `can()`). */
export type ReviewRights = { canSubmit: boolean; canApprove: boolean; canReject: boolean; canExclude: boolean };

const RIGHT: Record<ReviewAction, keyof ReviewRights> = {
  submit: "canSubmit",
  approve: "canApprove",
  reject: "canReject",
  exclude: "canExclude",
  include: "canExclude",
};

// The reason is asked for after the button is pressed; any non-empty one stands in for it here.
const PENDING_REASON = "…";

function toMove(action: ReviewAction, targetText: string): SegmentAction {
  if (action === "reject") return { type: "reject", reason: PENDING_REASON };
  if (action === "exclude") return { type: "exclude" };
  return { type: action, targetText };
}

/**
 * The review moves to offer on a paragraph: those the actor has the right to make and the state
 * machine allows for the paragraph as saved. A move that would leave the state as it is does
 * nothing and is not offered (submitting a submitted paragraph, approving an approved one),
 * except a rejection: its reason is recorded even when the paragraph is already rejected.
 */
export function availableReviewActions(segment: { state: SegmentState; targetText: string }, rights: ReviewRights): ReviewAction[] {
  return REVIEW_ACTIONS.filter((action) => {
    if (!rights[RIGHT[action]]) return false;
    const result = transitionSegment(segment.state, toMove(action, segment.targetText));
    return result.ok && (result.state !== segment.state || action === "reject");
  });
}
