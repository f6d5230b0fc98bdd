import type { SegmentState } from "./workflow/segment-state";

export type Progress = {
  total: number;
  /** Paragraphs that count towards publication (not page furniture). */
  included: number;
  translated: number;
  approved: number;
  excluded: number;
  rejected: number;
  /** Paragraphs whose French changed since they were translated. */
  outdated: number;
  /** Approved share of the included paragraphs, 0 to 100, rounded down. */
  approvedPercent: number;
};

/** A paragraph counts as translated once someone has submitted it for review or beyond. */
const TRANSLATED_OR_LATER: ReadonlySet<SegmentState> = new Set(["TRANSLATED", "APPROVED"]);

export function summariseProgress(states: readonly SegmentState[]): Progress {
  const counts: Partial<Record<SegmentState, number>> = {};
  for (const state of states) counts[state] = (counts[state] ?? 0) + 1;
  return progressFromCounts(counts);
}

/**
 * The same progress from how many paragraphs are in each state, as the documents list reads it
 * from the per-translation summary instead of from every paragraph (decision 025).
 */
export function progressFromCounts(counts: Partial<Record<SegmentState, number>>): Progress {
  const count = (state: SegmentState) => counts[state] ?? 0;
  const total = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
  const excluded = count("EXCLUDED");
  const approved = count("APPROVED");
  const included = total - excluded;
  return {
    total,
    included,
    translated: [...TRANSLATED_OR_LATER].reduce((sum, state) => sum + count(state), 0),
    approved,
    excluded,
    rejected: count("REJECTED"),
    outdated: count("OUTDATED"),
    approvedPercent: included === 0 ? 0 : Math.floor((approved * 100) / included),
  };
}
