import "server-only";
import { isLanguageAllowed } from "@/domain/languages/language-tag";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { documentSearchWords } from "@/domain/search/document-search";
import { listTranslationSummaries } from "../translations/list-translation-summaries";
import { searchDocumentIds } from "./search-document-ids";
import { listDocumentsInput, type DocumentPageDto } from "./list-documents.schema";

/**
 * One page of the documents, the most recently changed first. Every query is bounded by the
 * page size, never by the size of the archive: the order comes from the documents' own
 * `lastActivityAt` (kept by every write), and each language's progress is read from the summary
 * the database keeps for this page's documents only. With `q`, the page comes from the full-text
 * index of titles and French (decision 025), in the same order.
 */
export async function listDocuments({ actor, input = {} }: { actor: Actor; input?: unknown }): Promise<DocumentPageDto> {
  assertCan(actor, "document:view");
  const { page: requestedPage, pageSize, q } = parseInput(listDocumentsInput, input);
  const select = { id: true, title: true, sourceLang: true, lastActivityAt: true, createdBy: { select: { name: true } } } as const;
  const words = documentSearchWords(q ?? "");
  let total: number;
  let page: number;
  let documents: { id: string; title: string; sourceLang: string; lastActivityAt: Date; createdBy: { name: string } }[];
  if (words.length > 0) {
    // A search: the full-text index finds the page's ids (decision 025).
    let found = await searchDocumentIds(words, requestedPage, pageSize);
    total = found.total;
    page = Math.min(requestedPage, Math.max(1, Math.ceil(total / pageSize)));
    if (page !== requestedPage) found = await searchDocumentIds(words, page, pageSize);
    const rows = await db.document.findMany({ where: { id: { in: found.ids } }, select });
    const byId = new Map(rows.map((row) => [row.id, row]));
    documents = found.ids.flatMap((id) => byId.get(id) ?? []);
  } else {
    total = await db.document.count();
    page = Math.min(requestedPage, Math.max(1, Math.ceil(total / pageSize)));
    documents = await db.document.findMany({
      // The id breaks ties so that a document never appears on two pages or on none.
      orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select,
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
  };
}
