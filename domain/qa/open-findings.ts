import { checkDocument } from "./engine";
import { isDismissed, type Dismissal } from "./text-hash";
import type { CheckContext, CheckedSegment, Finding } from "./types";

/**
 * The open findings of a document, paragraph by paragraph: each paragraph's own findings and
 * those of the document-level checks, less the ones dismissed for the paragraph's current texts.
 * The editor shows them; on the server they gate bulk approval and publication.
 */
export function openFindings<S extends CheckedSegment & { id: string }>(
  segments: readonly S[],
  context: CheckContext,
  dismissals: readonly Dismissal[],
  checkParagraph?: (segment: S) => Finding[],
): Finding[][] {
  return checkDocument(segments, context, checkParagraph).map((findings, index) =>
    findings.filter((finding) => !isDismissed(dismissals, segments[index], finding.checkId)),
  );
}

/** Whether a paragraph's open findings include an error: it then needs a reviewer's eye one by one and blocks publication. */
export function hasOpenError(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === "error");
}
