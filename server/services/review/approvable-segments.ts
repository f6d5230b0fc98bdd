import "server-only";
import { hasOpenError } from "@/domain/qa/open-findings";
import type { Db, Tx } from "../../db";
import { currentSegmentsOf } from "../translations/find-translation";
import { findOpenFindings } from "../quality/find-open-findings";
import type { ApprovableSegment } from "./preview-bulk-approval.schema";

/** A paragraph a bulk approval may take, with its paragraph number and the checks that still warn about it. */
export type ApprovableCandidate = ApprovableSegment & { paragraph: number; warningCheckIds: string[] };

/**
 * Paragraphs a bulk approval may take: submitted for review, with text, and without an open
 * error-severity quality finding (those need a reviewer's eye one by one). The preview and the
 * approval both ask, so that nothing is approved that the reviewer was not shown.
 */
export async function findApprovableSegments(client: Db | Tx, scope: { documentId: string; lang: string; sourceLang: string }): Promise<ApprovableCandidate[]> {
  const segments = await client.segment.findMany({
    where: currentSegmentsOf(scope),
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, version: true, position: true, kind: true, state: true, sourceText: true, targetText: true },
  });
  const findings = await findOpenFindings(client, { id: scope.documentId, sourceLang: scope.sourceLang, targetLang: scope.lang }, segments);
  return segments.flatMap((segment, index) =>
    segment.state === "TRANSLATED" && segment.targetText !== "" && !hasOpenError(findings[index])
      ? [{ id: segment.id, version: segment.version, paragraph: segment.position + 1, warningCheckIds: [...new Set(findings[index].map((f) => f.checkId))] }]
      : [],
  );
}
