import "server-only";
import { MAX_DOCUMENT_SEARCH_RESULTS, MAX_DOCUMENT_SEARCH_SCANNED, toFts5Query, toTsQuery } from "@/domain/search/document-search";
import { db, isPostgres } from "../../db";
import type { Prisma } from "../../generated/prisma/client";

/** Matches read from the index at a time when a filter (or confidentiality) must be applied to them. */
const FILTERED_BATCH = 2000;

type Match = { rowId: number; documentId: string };

/**
 * The matches of the database's full-text index (decision 025: FTS5 on SQLite, a tsvector under a
 * GIN index on PostgreSQL, both kept by triggers), in the index's own order: its entry's number,
 * given when the document was created, the newest first. At most `limit`.
 * On SQLite the cost is bounded by `limit`, not by how many documents match (decision 028): FTS5
 * reads its lists in rowid order and stops. PostgreSQL's GIN index finds every match, unordered:
 * it keeps the `limit` highest numbers of them without joining or sorting them by anything else,
 * a few tens of ms of CPU for a word in every one of 100,000 articles.
 */
async function indexMatches(words: readonly string[], limit: number): Promise<Match[]> {
  if (isPostgres) {
    // Only through the GIN index. For a word in most articles the planner would otherwise read
    // the table in order (or its primary key backwards) and test each row's vector, which is
    // stored apart (TOAST) and must be fetched and decompressed: seconds for a common word
    // instead of tens of ms. The settings last until the end of this transaction; "rowId" + 0
    // keeps the primary key out of the plan.
    const [, rows] = await db.$transaction([
      db.$queryRawUnsafe(`SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)`),
      db.$queryRawUnsafe<Match[]>(
        `SELECT "rowId", "documentId" FROM "DocumentSearchEntry"
         WHERE "vector" @@ to_tsquery('vav_search', $1)
         ORDER BY "rowId" + 0 DESC LIMIT $2`,
        toTsQuery(words),
        limit,
      ),
    ]);
    return rows;
  }
  const rows = await db.$queryRawUnsafe<{ rowId: bigint | number; documentId: string }[]>(
    `SELECT s.rowid AS "rowId", e."documentId" AS "documentId" FROM "DocumentSearch" s
     JOIN "DocumentSearchEntry" e ON e."rowId" = s.rowid
     WHERE "DocumentSearch" MATCH ?
     ORDER BY s.rowid DESC LIMIT ?`,
    toFts5Query(words),
    limit,
  );
  return rows.map((row) => ({ rowId: Number(row.rowId), documentId: row.documentId }));
}

export type SearchResults = {
  /**
   * The matching documents the list shows, at most MAX_DOCUMENT_SEARCH_RESULTS: the newest
   * articles that match, in the list's order (latest change first, then the id).
   */
  documents: { id: string; lastActivityAt: Date }[];
  /** More documents that pass `where` match than `documents` holds: the list says "more than". */
  isTotalCapped: boolean;
  /** `where` was applied to the index's MAX_DOCUMENT_SEARCH_SCANNED newest matches only, and there were more. */
  isScanCapped: boolean;
};

/**
 * The documents whose title or current French holds every word (as the start of a word), that
 * also pass `where` (the list's filters and confidentiality, as Prisma conditions on Document):
 * the newest MAX_DOCUMENT_SEARCH_RESULTS of them, and whether there are more (decision 028).
 * The index is read once, newest first: without `where`, MAX_DOCUMENT_SEARCH_RESULTS + 1
 * matches; with it, up to MAX_DOCUMENT_SEARCH_SCANNED + 1, narrowed FILTERED_BATCH at a time by
 * one query on those documents (which also reads their last change) until there are enough.
 * (Reading the index in several batches cost PostgreSQL, whose GIN index finds every match of a
 * common word each time, about 200 ms of CPU for a filtered search.) Only documents that pass
 * `where` are counted: "more than" is never said because of a document the actor may not see.
 */
export async function searchDocumentIds(words: readonly string[], where?: Prisma.DocumentWhereInput): Promise<SearchResults> {
  const scanLimit = where ? MAX_DOCUMENT_SEARCH_SCANNED : MAX_DOCUMENT_SEARCH_RESULTS;
  const matches = await indexMatches(words, scanLimit + 1);
  const hasMoreMatches = matches.length > scanLimit;
  if (hasMoreMatches) matches.length = scanLimit;
  const found: { id: string; lastActivityAt: Date }[] = [];
  let isTotalCapped = false;
  for (let start = 0; start < matches.length; start += FILTERED_BATCH) {
    // Prisma splits a long list of ids to suit the database's limit on parameters.
    const ids = matches.slice(start, start + FILTERED_BATCH).map((match) => match.documentId);
    const rows = await db.document.findMany({ where: where ? { AND: [where, { id: { in: ids } }] } : { id: { in: ids } }, select: { id: true, lastActivityAt: true } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const id of ids) {
      const row = byId.get(id);
      if (row) found.push(row);
    }
    if (found.length > MAX_DOCUMENT_SEARCH_RESULTS) {
      isTotalCapped = true;
      found.length = MAX_DOCUMENT_SEARCH_RESULTS;
      break;
    }
  }
  // Without `where`, every match counts: one more than the cap means "more than".
  if (!where && hasMoreMatches) isTotalCapped = true;
  // With it, the matches past MAX_DOCUMENT_SEARCH_SCANNED were not looked at.
  const isScanCapped = Boolean(where) && !isTotalCapped && hasMoreMatches;
  // The list's order; the id breaks ties so that a document never appears on two pages or on none.
  found.sort((a, b) => b.lastActivityAt.getTime() - a.lastActivityAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  return { documents: found, isTotalCapped, isScanCapped };
}
