import type { SegmentKind } from "../segmentation/classify-segment";
import type { SegmentState } from "../workflow/segment-state";

export type Severity = "error" | "warning" | "info";

/** What a check found. Never a sentence: the UI translates `checkId` with `params`. */
export type Finding = {
  checkId: string;
  severity: Severity;
  params: Record<string, string | number>;
  /** The corrected English text, when the correction is certain. */
  fix?: string;
};

export type CheckedSegment = {
  kind: SegmentKind;
  state: SegmentState;
  sourceText: string;
  targetText: string;
};

export type GlossaryEntry = {
  sourceTerm: string;
  targetTerm: string;
  /** Variants that must not appear in the target ("Vladimir Poutine" for "Vladimir Putin"). */
  forbidden: string[];
  isCaseSensitive: boolean;
};

export type CheckContext = {
  glossary: readonly GlossaryEntry[];
  sourceLang: string;
  targetLang: string;
};

/** A check: a stable id, a severity, and a pure function of one paragraph. */
export type Check = {
  id: string;
  severity: Severity;
  run: (segment: CheckedSegment, context: CheckContext) => Omit<Finding, "checkId" | "severity">[];
};
