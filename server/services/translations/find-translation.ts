import "server-only";
import { canonicalLanguageTag, DEFAULT_TARGET_LANG } from "@/domain/languages/language-tag";
import type { Db, Tx } from "../../db";
import { AppError } from "../../errors";
import { assertCanWorkOn } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { visibleDocumentsWhere } from "../desk/visibility";

/** One target-language version of an article, as the services that work on it need it. */
export type TranslationScope = {
  translationId: string;
  documentId: string;
  lang: string;
  title: string;
  sourceLang: string;
  /** The article's current source revision. */
  sourceRevision: number;
  status: string;
  version: number;
  /** The document's own last change (title, source). */
  updatedAt: Date;
};

/**
 * The translation of a document into `lang` (English when none is named), after checking that
 * the actor may work on that language. A missing document or translation is NOT_FOUND, and so is
 * a confidential article the actor may not see (decision 023).
 */
export async function findTranslation(client: Db | Tx, actor: Actor, documentId: string, lang: string = DEFAULT_TARGET_LANG): Promise<TranslationScope> {
  const canonical = canonicalLanguageTag(lang);
  if (!canonical) throw new AppError("INVALID_INPUT", { field: "lang" });
  assertCanWorkOn(actor, canonical);
  const visible = visibleDocumentsWhere(actor);
  const translation = await client.translation.findFirst({
    where: { documentId, lang: canonical, ...(visible ? { document: visible } : {}) },
    select: { id: true, status: true, version: true, document: { select: { id: true, title: true, sourceLang: true, sourceRevision: true, updatedAt: true } } },
  });
  if (!translation) throw new AppError("NOT_FOUND", { entity: "translation" });
  return {
    translationId: translation.id,
    documentId: translation.document.id,
    lang: canonical,
    title: translation.document.title,
    sourceLang: translation.document.sourceLang,
    sourceRevision: translation.document.sourceRevision,
    status: translation.status,
    version: translation.version,
    updatedAt: translation.document.updatedAt,
  };
}

/** The paragraphs of a translation that are in the current article (not removed by a source update), for `where`. */
export function currentSegmentsOf(scope: { documentId: string; lang: string }) {
  return { documentId: scope.documentId, lang: scope.lang, removedInRevision: null };
}
