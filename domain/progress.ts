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
  const count = (state: SegmentState) => states.filter((s) => s === state).length;
  const excluded = count("EXCLUDED");
  const approved = count("APPROVED");
  const included = states.length - excluded;
  return {
    total: states.length,
    included,
    translated: states.filter((s) => TRANSLATED_OR_LATER.has(s)).length,
    approved,
    excluded,
    rejected: count("REJECTED"),
    outdated: count("OUTDATED"),
    approvedPercent: included === 0 ? 0 : Math.floor((approved * 100) / included),
  };
}
