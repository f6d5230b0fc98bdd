import { boilerplate, emptyTarget, missingContent, untranslated } from "./checks/content";
import { inconsistentSpelling } from "./checks/consistency";
import { bracketMismatch, doubleSpace, lengthRatio, leadingTrailingSpace, punctuationEnd } from "./checks/formatting";
import { glossary } from "./checks/glossary";
import { numberMismatch } from "./checks/numbers";
import { falseFriend, genderLeak, untranslatedFragment } from "./checks/prose";
import { localeTypography, sourceTypography } from "./checks/typography";
import type { Check, CheckContext, CheckedSegment, DocumentCheck, Finding, FindingDraft, SegmentCheck } from "./types";

/** Every check, in the order a paragraph's findings are listed: its own first, then the document's. */
export const CHECKS: readonly Check[] = [
  emptyTarget,
  untranslated,
  untranslatedFragment,
  glossary,
  numberMismatch,
  missingContent,
  falseFriend,
  sourceTypography,
  localeTypography,
  boilerplate,
  doubleSpace,
  leadingTrailingSpace,
  punctuationEnd,
  bracketMismatch,
  lengthRatio,
  inconsistentSpelling,
  genderLeak,
];

export const CHECK_IDS = CHECKS.map((check) => check.id);

const SEGMENT_CHECKS = CHECKS.filter((check): check is SegmentCheck => check.scope === "segment");
const DOCUMENT_CHECKS = CHECKS.filter((check): check is DocumentCheck => check.scope === "document");
const BY_ID = new Map(CHECKS.map((check) => [check.id, check]));

const stamp = (check: Check, drafts: readonly FindingDraft[]): Finding[] =>
  drafts.map((draft) => ({ checkId: check.id, severity: check.severity, ...draft }));

/** The findings of one paragraph's own checks. Excluded paragraphs are never checked. */
export function checkSegment(segment: CheckedSegment, context: CheckContext): Finding[] {
  if (segment.state === "EXCLUDED") return [];
  // A plain loop: most checks find nothing, and mapping their empty results costs more than some checks.
  const findings: Finding[] = [];
  for (const check of SEGMENT_CHECKS) {
    const drafts = check.check(segment, context);
    for (const draft of drafts) findings.push({ checkId: check.id, severity: check.severity, ...draft });
  }
  return findings;
}

/**
 * All findings of a document, paragraph by paragraph: each paragraph's own, then those of the
 * document-level checks. `checkParagraph` lets a caller reuse the findings of paragraphs that
 * have not changed (the editor caches them per paragraph).
 */
export function checkDocument<S extends CheckedSegment>(
  segments: readonly S[],
  context: CheckContext,
  checkParagraph: (segment: S) => Finding[] = (segment) => checkSegment(segment, context),
): Finding[][] {
  const documentFindings = DOCUMENT_CHECKS.map((check) => check.check(segments, context).map((drafts) => stamp(check, drafts)));
  return segments.map((segment, index) => {
    // A copy: the editor's cache holds the paragraph's own findings.
    const findings = [...checkParagraph(segment)];
    for (const byParagraph of documentFindings) findings.push(...byParagraph[index]);
    return findings;
  });
}

/** The translation key of a finding's message (locales/<lng>/qa.json, under "messages"), as its check declares it. */
export function findingMessageKey(finding: Finding): string {
  const messageKey = BY_ID.get(finding.checkId)?.messageKey ?? finding.checkId;
  return typeof messageKey === "string" ? messageKey : messageKey(finding.params);
}
