import "server-only";
import { checkPublishGate } from "@/domain/publishing/publish-gate";
import type { Db, Tx } from "../../db";
import { errorPositions, findOpenFindings } from "../quality/find-open-findings";
import { loadCurrentContent } from "./load-current-content";
import { findTranslationQuality } from "../quality/translation-quality";

/**
 * The checklist of a document as it is now, quality findings included, with the content it
 * was computed on: publishing freezes exactly what the checklist passed.
 */
export async function findCurrentChecklist(client: Db | Tx, scope: { documentId: string; lang: string }) {
  const { content, segmentIds, sourceRevision } = await loadCurrentContent(client, scope);
  const checked = content.segments.map((segment, index) => ({ ...segment, id: segmentIds[index] }));
  const findings = await findOpenFindings(client, { id: scope.documentId, sourceLang: content.sourceLang, targetLang: content.targetLang }, checked);
  // The embargo ("publish not before") is the article's, for every language (decision 023).
  const { publishNotBefore } = await client.document.findUniqueOrThrow({ where: { id: scope.documentId }, select: { publishNotBefore: true } });
  const embargo = { publishNotBefore, now: new Date() };
  // The quality score is its own line beside the gate's items (decision 024).
  const { quality, translators } = await findTranslationQuality(client, scope, content.sourceLang);
  return { content, sourceRevision, items: checkPublishGate(content.segments, errorPositions(content.segments, findings), embargo), quality, translators };
}
