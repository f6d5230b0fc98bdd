import "server-only";
import { isLanguageAllowed } from "@/domain/languages/language-tag";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { listTranslationSummaries } from "../translations/list-translation-summaries";
import { listDocumentsInput, type DocumentPageDto } from "./list-documents.schema";
import { documentFiltersWhere } from "./list-filters";
import { visibleDocumentsWhere } from "../desk/visibility";

/**
 * One page of the documents, the most recently changed first. Every query is bounded by the
 * page size, never by the size of the archive: the order comes from the documents' own
 * `lastActivityAt` (kept by every write), and each language's progress is counted for this page's documents only.
 */
export async function listDocuments({ actor, input = {} }: { actor: Actor; input?: unknown }): Promise<DocumentPageDto> {
  assertCan(actor, "document:view");
  const { page: requestedPage, pageSize, ...filters } = parseInput(listDocumentsInput, input);
  // Filters (decision 023) and confidentiality: articles the actor may not see are not counted.
  const where = { AND: [documentFiltersWhere(filters, actor, new Date()) ?? {}, visibleDocumentsWhere(actor) ?? {}] };
  const total = await db.document.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(requestedPage, pageCount);
  const documents = await db.document.findMany({
    where,
    // The id breaks ties so that a document never appears on two pages or on none.
    orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      title: true,
      sourceLang: true,
      lastActivityAt: true,
      createdBy: { select: { name: true } },
    },
  });
  const languages = await listTranslationSummaries(db, documents.map((document) => document.id));
  return {
    documents: documents.map((document) => {
      const translations = (languages.get(document.id) ?? []).filter((language) => isLanguageAllowed(actor.targetLangs, language.lang));
      return {
        id: document.id,
        title: document.title,
        sourceLang: document.sourceLang,
        languages: translations,
        isSourceUpdatedSincePublication: translations.some((language) => language.isSourceUpdatedSincePublication),
        updatedAt: document.lastActivityAt.toISOString(),
        createdByName: document.createdBy.name,
      };
    }),
    page,
    pageSize,
    total,
    pageCount,
  };
}
