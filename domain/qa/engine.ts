import { boilerplate, emptyTarget, sourceTypography, untranslated } from "./checks/content";
import { bracketMismatch, doubleSpace, lengthRatio, leadingTrailingSpace, punctuationEnd } from "./checks/formatting";
import { glossary } from "./checks/glossary";
import { numberMismatch } from "./checks/numbers";
import type { Check, CheckContext, CheckedSegment, Finding } from "./types";

/** Every paragraph-level check, in the order findings are listed. */
export const CHECKS: readonly Check[] = [
  emptyTarget,
  untranslated,
  glossary,
  numberMismatch,
  sourceTypography,
  boilerplate,
  doubleSpace,
  leadingTrailingSpace,
  punctuationEnd,
  bracketMismatch,
  lengthRatio,
];

/** Document-level check ids, next to the paragraph-level ones above. */
export const INCONSISTENT_SPELLING = "inconsistent-spelling";
export const CHECK_IDS = [...CHECKS.map((check) => check.id), INCONSISTENT_SPELLING] as const;

export function checkSegment(segment: CheckedSegment, context: CheckContext): Finding[] {
  if (segment.state === "EXCLUDED") return [];
  return CHECKS.flatMap((check) => check.run(segment, context).map((finding) => ({ checkId: check.id, severity: check.severity, ...finding })));
}

/** A code of letters and digits ("S 400", "S400", "S-400", "Cop 26", "COP26"): the same term however it is spaced or cased. */
const CODE = /(?<![\p{L}\p{N}-])(\p{L}{1,5})([ \u00a0-]?)(\d{1,4})(?![\p{L}\p{N}])/gu;

/**
 * `inconsistent-spelling`: one term written several ways in the English document ("S 400" and
 * "S400"; "Cop 26" and "COP26"). Reported on every paragraph that uses one of the spellings.
 */
export function checkConsistency(segments: readonly CheckedSegment[]): Finding[][] {
  const forms = new Map<string, Map<string, number[]>>();
  segments.forEach((segment, index) => {
    if (segment.state === "EXCLUDED") return;
    for (const match of segment.targetText.matchAll(CODE)) {
      const key = `${match[1].toLowerCase()}${match[3]}`;
      const byForm = forms.get(key) ?? new Map<string, number[]>();
      byForm.set(match[0], [...(byForm.get(match[0]) ?? []), index]);
      forms.set(key, byForm);
    }
  });
  const findings: Finding[][] = segments.map(() => []);
  for (const byForm of forms.values()) {
    if (byForm.size < 2) continue;
    const variants = [...byForm.keys()].join(", ");
    for (const [form, indexes] of byForm) {
      for (const index of new Set(indexes)) findings[index].push({ checkId: INCONSISTENT_SPELLING, severity: "warning", params: { form, variants } });
    }
  }
  return findings;
}

/** All findings of a document, paragraph by paragraph. */
export function checkDocument(segments: readonly CheckedSegment[], context: CheckContext): Finding[][] {
  const consistency = checkConsistency(segments);
  return segments.map((segment, index) => [...checkSegment(segment, context), ...consistency[index]]);
}

/** The translation key of a finding's message (locales/<lng>/qa.json, under "messages"). */
export function findingMessageKey(finding: Finding): string {
  if (finding.checkId === "glossary") return finding.params.found ? "glossary-found" : "glossary-missing";
  if (finding.checkId === "source-typography") return `source-typography-${finding.params.kind}`;
  return finding.checkId;
}
