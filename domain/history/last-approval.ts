/** The parts of a paragraph's history that say what its text was when it was last approved. */
export type ApprovalHistoryEntry =
  | { type: "revision"; segmentVersion: number; before: string; after: string }
  | { type: "state"; segmentVersion: number; toState: string }
  | { type: "source" | "kind"; segmentVersion: number };

/**
 * The translation as it stood when the paragraph was last approved, or null when it never was.
 * Versions order the history: a text change recorded at or before the approval's version gives
 * the approved text (an edit and an approval in one step share a version); failing that, the
 * first change after it started from the approved text; failing both, the text never changed.
 */
export function textAtLastApproval(entries: readonly ApprovalHistoryEntry[], currentText: string): string | null {
  const approvals = entries.filter((e) => e.type === "state" && e.toState === "APPROVED");
  if (approvals.length === 0) return null;
  const version = Math.max(...approvals.map((e) => e.segmentVersion));
  const revisions = entries.filter((e): e is Extract<ApprovalHistoryEntry, { type: "revision" }> => e.type === "revision");
  const upTo = revisions.filter((r) => r.segmentVersion <= version).sort((a, b) => b.segmentVersion - a.segmentVersion)[0];
  if (upTo) return upTo.after;
  const next = revisions.filter((r) => r.segmentVersion > version).sort((a, b) => a.segmentVersion - b.segmentVersion)[0];
  return next ? next.before : currentText;
}
