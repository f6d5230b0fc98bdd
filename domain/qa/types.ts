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

/** What a check returns: the engine adds the check's id and severity. */
export type FindingDraft = Omit<Finding, "checkId" | "severity">;

/** What every check declares about itself; the engine has no special cases. */
type CheckMetadata = {
  /** Stable id: stored with dismissals and accepted by the fix and dismiss endpoints. */
  id: string;
  severity: Severity;
  /**
   * The translation key of a finding's message (locales/<lng>/qa.json, under "messages"): the
   * same for every finding, or chosen from the finding's parameters.
   */
  messageKey: string | ((params: Finding["params"]) => string);
};

/** A check of one paragraph. */
export type SegmentCheck = CheckMetadata & {
  scope: "segment";
  check: (segment: CheckedSegment, context: CheckContext) => FindingDraft[];
};

/** A check that needs the whole document: findings per paragraph, in the document's order. */
export type DocumentCheck = CheckMetadata & {
  scope: "document";
  check: (segments: readonly CheckedSegment[], context: CheckContext) => FindingDraft[][];
};

/** A quality check: a pure object with its metadata and a pure function. */
export type Check = SegmentCheck | DocumentCheck;
