import "server-only";
import { hasOpenError } from "@/domain/qa/open-findings";
import type { Db, Tx } from "../../db";
import { AppError } from "../../errors";
import { findOpenFindings } from "../quality/find-open-findings";
import type { ApprovableSegment } from "./preview-bulk-approval.schema";

/**
 * Paragraphs a bulk approval may take: submitted for review, with text, and without an open
 * error-severity quality finding (those need a reviewer's eye one by one). The preview and the
 * approval both ask, so that nothing is approved that the reviewer was not shown.
 */
export async function findApprovableSegments(client: Db | Tx, documentId: string): Promise<ApprovableSegment[]> {
  const document = await client.document.findUnique({
    where: { id: documentId },
    select: {
      id: true,
      sourceLang: true,
      targetLang: true,
      segments: { orderBy: { position: "asc" }, select: { id: true, version: true, kind: true, state: true, sourceText: true, targetText: true } },
    },
  });
  if (!document) throw new AppError("NOT_FOUND", { entity: "document" });
  const findings = await findOpenFindings(client, document, document.segments);
  return document.segments
    .filter((segment, index) => segment.state === "TRANSLATED" && segment.targetText !== "" && !hasOpenError(findings[index]))
    .map((segment) => ({ id: segment.id, version: segment.version }));
}
