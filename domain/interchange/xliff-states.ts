import type { SegmentKind } from "../segmentation/classify-segment";
import type { SegmentState } from "../workflow/segment-state";

/**
 * How our workflow states travel in XLIFF. Standard values where one fits, so that other
 * tools understand them; a custom value (x- in 1.2, vav: subState in 2.0) keeps the exact
 * state for a lossless round trip.
 */
export const XLIFF12_STATE: Record<SegmentState, string> = {
  UNTRANSLATED: "needs-translation",
  DRAFT: "x-draft",
  TRANSLATED: "translated",
  APPROVED: "signed-off",
  REJECTED: "x-rejected",
  /** XLIFF 1.2's own "needs-review-translation" would read back as TRANSLATED: the custom value keeps it. */
  OUTDATED: "x-outdated",
  EXCLUDED: "x-excluded",
};

export const XLIFF20_STATE: Record<SegmentState, { state: string; subState?: string }> = {
  UNTRANSLATED: { state: "initial" },
  DRAFT: { state: "initial", subState: "vav:draft" },
  TRANSLATED: { state: "translated" },
  APPROVED: { state: "final" },
  REJECTED: { state: "translated", subState: "vav:rejected" },
  OUTDATED: { state: "translated", subState: "vav:outdated" },
  EXCLUDED: { state: "initial", subState: "vav:excluded" },
};

/** XLIFF 1.2 states from other tools, mapped to the nearest of ours. */
const XLIFF12_FOREIGN: Record<string, SegmentState> = {
  new: "DRAFT",
  "needs-translation": "UNTRANSLATED",
  "needs-adaptation": "DRAFT",
  "needs-l10n": "DRAFT",
  "needs-review-adaptation": "TRANSLATED",
  "needs-review-l10n": "TRANSLATED",
  "needs-review-translation": "TRANSLATED",
  translated: "TRANSLATED",
  "signed-off": "APPROVED",
  final: "APPROVED",
};

export function stateFromXliff12(state: string | undefined, isApproved: boolean, hasTarget: boolean): SegmentState {
  const exact = Object.entries(XLIFF12_STATE).find(([, value]) => value === state)?.[0] as SegmentState | undefined;
  if (exact) return exact;
  if (isApproved && hasTarget) return "APPROVED";
  if (state && XLIFF12_FOREIGN[state]) return XLIFF12_FOREIGN[state];
  return hasTarget ? "TRANSLATED" : "UNTRANSLATED";
}

export function stateFromXliff20(state: string | undefined, subState: string | undefined, hasTarget: boolean): SegmentState {
  const exact = Object.entries(XLIFF20_STATE).find(([, value]) => value.state === state && value.subState === subState)?.[0] as SegmentState | undefined;
  if (exact) return exact;
  if (state === "final" || state === "reviewed") return hasTarget ? "APPROVED" : "UNTRANSLATED";
  if (state === "translated") return hasTarget ? "TRANSLATED" : "UNTRANSLATED";
  return hasTarget ? "DRAFT" : "UNTRANSLATED";
}

/** Paragraph kinds travel as `restype="x-vav-<kind>"` (1.2) and `type="vav:<kind>"` (2.0). */
export const kindToken = (kind: SegmentKind) => kind.toLowerCase().replace(/_/g, "-");
export const kindFromToken = (token: string | undefined): SegmentKind | null => {
  const kind = token?.replace(/^(x-vav-|vav:)/, "").replace(/-/g, "_").toUpperCase();
  const kinds: readonly string[] = ["TITLE", "CAPTION", "BYLINE", "READING_TIME", "BODY", "CREDIT", "TAG", "BOILERPLATE"];
  return kind && kinds.includes(kind) ? (kind as SegmentKind) : null;
};
