import "server-only";
import { summariseProgress } from "@/domain/progress";
import { isLanguageAllowed } from "@/domain/languages/language-tag";
import { db } from "../../db";
import { loadDismissals, loadGlossary } from "../quality/find-open-findings";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { segmentSelect, toSegmentDto } from "../segments/segment-dto";
import { findTranslation } from "../translations/find-translation";
import { listTranslationSummaries } from "../translations/list-translation-summaries";
import type { DocumentDto } from "./get-document.schema";

/**
 * One translation of a document (English unless `lang` names another) with all its current
 * paragraphs, for the editor and the publish page; the paragraphs a source update removed come
 * apart, for the editor's "removed" filter.
 */
export async function getDocument({ actor, documentId, lang }: { actor: Actor; documentId: string; lang?: string }): Promise<DocumentDto> {
  assertCan(actor, "document:view");
  const scope = await findTranslation(db, actor, documentId, lang);
  const [rows, glossary, dismissals, languages, lastPublication] = await Promise.all([
    db.segment.findMany({ where: { documentId, lang: scope.lang }, orderBy: [{ position: "asc" }, { id: "asc" }], select: segmentSelect }),
    loadGlossary(db, scope.sourceLang, scope.lang),
    loadDismissals(db, documentId),
    listTranslationSummaries(db, [documentId]).then((byDocument) => byDocument.get(documentId) ?? []),
    db.publication.findFirst({ where: { documentId, lang: scope.lang }, orderBy: { number: "desc" }, select: { sourceRevision: true } }),
  ]);
  const all = rows.map(toSegmentDto);
  const segments = all.filter((segment) => segment.removedInRevision === null);
  return {
    glossary,
    dismissals,
    id: documentId,
    title: scope.title,
    sourceLang: scope.sourceLang,
    targetLang: scope.lang,
    status: scope.status,
    version: scope.version,
    sourceRevision: scope.sourceRevision,
    isSourceUpdatedSincePublication: lastPublication !== null && lastPublication.sourceRevision < scope.sourceRevision,
    languages: languages.filter((language) => isLanguageAllowed(actor.targetLangs, language.lang)),
    updatedAt: scope.updatedAt.toISOString(),
    progress: summariseProgress(segments.map((s) => s.state)),
    segments,
    removedSegments: all.filter((segment) => segment.removedInRevision !== null),
  };
}
