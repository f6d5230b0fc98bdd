import "server-only";
import { isLanguageAllowed } from "@/domain/languages/language-tag";
import { documentSearchWords } from "@/domain/search/document-search";
import { db } from "../../db";
import type { Prisma } from "../../generated/prisma/client";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { listTranslationSummaries } from "../translations/list-translation-summaries";
import { listDocumentsInput, type DocumentPageDto } from "./list-documents.schema";
import { documentFiltersWhere } from "./list-filters";
import { visibleDocumentsWhere } from "../desk/visibility";
import { MAX_SEARCH_MATCHES_FILTERED, searchDocumentIds } from "./search-document-ids";

const SELECT = { id: true, title: true, sourceLang: true, lastActivityAt: true, createdBy: { select: { name: true } } } as const;

/**
 * One page of the documents, the most recently changed first. Every query is bounded by the
 * page size, never by the size of the archive: the order comes from the documents' own
 * `lastActivityAt` (kept by every write), and each language's progress is read from the
 * translations' summaries for this page's documents only (decision 025).
 *
 * Filters (decision 023) and confidentiality narrow the list; a search (`q`) goes through the
 * database's full-text index. A search with filters, or by someone who may not see every
 * confidential article, applies them to the index's most recent MAX_SEARCH_MATCHES_FILTERED
 * matches (`isSearchCapped` says when there were more).
 */
export async function listDocuments({ actor, input = {} }: { actor: Actor; input?: unknown }): Promise<DocumentPageDto> {
  assertCan(actor, "document:view");
  const { page: requestedPage, pageSize, q, ...filters } = parseInput(listDocumentsInput, input);
  const conditions: Prisma.DocumentWhereInput[] = [documentFiltersWhere(filters, actor, new Date()), visibleDocumentsWhere(actor)].filter((condition) => condition !== undefined);
  const words = documentSearchWords(q ?? "");
  let total: number;
  let page: number;
  let isSearchCapped = false;
  let documents: { id: string; title: string; sourceLang: string; lastActivityAt: Date; createdBy: { name: string } }[];
  if (words.length > 0 && conditions.length === 0) {
    // A search alone: the full-text index finds the page's ids (decision 025).
    let found = await searchDocumentIds(words, { page: requestedPage, pageSize });
    total = found.total;
    page = Math.min(requestedPage, Math.max(1, Math.ceil(total / pageSize)));
    if (page !== requestedPage) found = await searchDocumentIds(words, { page, pageSize });
    const rows = await db.document.findMany({ where: { id: { in: found.ids } }, select: SELECT });
    const byId = new Map(rows.map((row) => [row.id, row]));
    documents = found.ids.flatMap((id) => byId.get(id) ?? []);
  } else {
    if (words.length > 0) {
      // A search with filters: the index's most recent matches, then the filters on them.
      const found = await searchDocumentIds(words, { page: 1, pageSize: MAX_SEARCH_MATCHES_FILTERED });
      isSearchCapped = found.total > found.ids.length;
      conditions.push({ id: { in: found.ids } });
    }
    const where = conditions.length === 0 ? undefined : { AND: conditions };
    total = await db.document.count({ where });
    page = Math.min(requestedPage, Math.max(1, Math.ceil(total / pageSize)));
    documents = await db.document.findMany({
      where,
      // The id breaks ties so that a document never appears on two pages or on none.
      orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: SELECT,
    });
  }
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
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
    isSearchCapped,
  };
}
