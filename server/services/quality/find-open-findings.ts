// The quality noun's shared step: a document's glossary, dismissals and open findings, for
// the editor's checks, bulk approval and the publish gate.
import "server-only";
import { parseVariants } from "@/domain/qa/glossary-variants";
import { hasOpenError, openFindings } from "@/domain/qa/open-findings";
import type { Dismissal } from "@/domain/qa/text-hash";
import type { CheckedSegment, Finding, GlossaryEntry } from "@/domain/qa/types";
import type { Db, Tx } from "../../db";

/** The glossary for a language pair, as the checks use it. */
export async function loadGlossary(client: Db | Tx, sourceLang: string, targetLang: string): Promise<GlossaryEntry[]> {
  const terms = await client.glossaryTerm.findMany({
    where: { sourceLang, targetLang },
    select: { sourceTerm: true, targetTerm: true, forbidden: true, caseSensitive: true },
  });
  return terms.map((term) => ({
    sourceTerm: term.sourceTerm,
    targetTerm: term.targetTerm,
    forbidden: parseVariants(term.forbidden),
    isCaseSensitive: term.caseSensitive,
  }));
}

/** The findings dismissed in a document, each for the texts it was dismissed on. */
export async function loadDismissals(client: Db | Tx, documentId: string): Promise<Dismissal[]> {
  return client.findingDismissal.findMany({ where: { segment: { documentId } }, select: { segmentId: true, checkId: true, textHash: true } });
}

/** Open findings of every paragraph of a document, with its glossary and dismissals loaded. */
export async function findOpenFindings(
  client: Db | Tx,
  document: { id: string; sourceLang: string; targetLang: string },
  segments: readonly (CheckedSegment & { id: string })[],
): Promise<Finding[][]> {
  const [glossary, dismissals] = await Promise.all([loadGlossary(client, document.sourceLang, document.targetLang), loadDismissals(client, document.id)]);
  return openFindings(segments, { glossary, sourceLang: document.sourceLang, targetLang: document.targetLang }, dismissals);
}

/** Positions (from 0) of paragraphs with an open error-severity finding: they block approval in bulk and publication. */
export function errorPositions(segments: readonly { position: number }[], findings: Finding[][]): number[] {
  return segments.filter((_, index) => hasOpenError(findings[index])).map((segment) => segment.position);
}
