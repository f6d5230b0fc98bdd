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
import { listedDocumentsWhere } from "../desk/visibility";
import { searchDocumentIds } from "./search-document-ids";

const SELECT = { id: true, title: true, sourceLang: true, lastActivityAt: true, createdBy: { select: { name: true } } } as const;

/** The documents of a page, in the order of `ids`. */
async function readDocuments(ids: string[]) {
  const rows = await db.document.findMany({ where: { id: { in: ids } }, select: SELECT });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * One page of the documents, the most recently changed first. The order comes from the
 * documents' own `lastActivityAt` (kept by every write) under an index that also holds each
 * one's confidentiality, and each language's progress is read from the translations' summaries
 * for this page's documents only (decision 025). Without a search, the count and a page far
 * down the list still read that index up to the archive's size (its entries, not the
 * documents' rows, decision 028).
 *
 * Filters (decision 023) and confidentiality narrow the list. A search (`q`) goes through the
 * database's full-text index and is bounded by MAX_DOCUMENT_SEARCH_RESULTS, not by how many
 * documents match (decision 028): its newest matches (by creation) that pass the filters and
 * confidentiality, at most that many, listed like the list (latest change first);
 * `isTotalCapped` says there are more.
 */
export async function listDocuments({ actor, input = {} }: { actor: Actor; input?: unknown }): Promise<DocumentPageDto> {
  assertCan(actor, "document:view");
  const { page: requestedPage, pageSize, q, ...filters } = parseInput(listDocumentsInput, input);
  const conditions: Prisma.DocumentWhereInput[] = [documentFiltersWhere(filters, actor, new Date()), await listedDocumentsWhere(db, actor)].filter(
    (condition) => condition !== undefined,
  );
  const words = documentSearchWords(q ?? "");
  const where: Prisma.DocumentWhereInput | undefined = conditions.length === 0 ? undefined : { AND: conditions };
  let total: number;
  let page: number;
  let isTotalCapped = false;
  let isSearchCapped = false;
  let documents: { id: string; title: string; sourceLang: string; lastActivityAt: Date; createdBy: { name: string } }[];
  if (words.length > 0) {
    // The search's documents, filters and confidentiality applied, in the list's order (decision 028).
    const found = await searchDocumentIds(words, where);
    ({ isTotalCapped } = found);
    isSearchCapped = found.isScanCapped;
    total = found.documents.length;
    page = Math.min(requestedPage, Math.max(1, Math.ceil(total / pageSize)));
    documents = await readDocuments(found.documents.slice((page - 1) * pageSize, page * pageSize).map((document) => document.id));
  } else {
    total = await db.document.count({ where });
    page = Math.min(requestedPage, Math.max(1, Math.ceil(total / pageSize)));
    // The page's ids first, from the index alone (it holds the order and the confidentiality),
    // then their rows: the documents skipped to reach a page far down are never read (decision 028).
    const ids = await db.document.findMany({
      where,
      // The id breaks ties so that a document never appears on two pages or on none.
      orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true },
    });
    documents = await readDocuments(ids.map((document) => document.id));
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
    isTotalCapped,
    isSearchCapped,
  };
}
