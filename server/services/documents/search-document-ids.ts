import "server-only";
import { toFts5Query, toTsQuery } from "@/domain/search/document-search";
import { db, isPostgres } from "../../db";

/** How many of a search's most recent matches the list's filters and confidentiality are applied to. */
export const MAX_SEARCH_MATCHES_FILTERED = 5000;

/**
 * The documents whose title or current French holds every word (as the start of a word), by
 * the database's full-text index (decision 025): FTS5 on SQLite, a tsvector under a GIN index on
 * PostgreSQL, both kept by triggers. One page of ids in the list's order (latest change first),
 * and how many match in all.
 */
export async function searchDocumentIds(words: readonly string[], { page, pageSize }: { page: number; pageSize: number }): Promise<{ total: number; ids: string[] }> {
  if (isPostgres) {
    const query = toTsQuery(words);
    const [{ total }] = await db.$queryRawUnsafe<{ total: bigint | number }[]>(
      `SELECT COUNT(*) AS "total" FROM "DocumentSearchEntry" WHERE "vector" @@ to_tsquery('vav_search', $1)`,
      query,
    );
    const rows = await db.$queryRawUnsafe<{ id: string }[]>(
      `SELECT d."id" FROM "DocumentSearchEntry" e JOIN "Document" d ON d."id" = e."documentId"
       WHERE e."vector" @@ to_tsquery('vav_search', $1)
       ORDER BY d."lastActivityAt" DESC, d."id" DESC LIMIT $2 OFFSET $3`,
      query,
      pageSize,
      (page - 1) * pageSize,
    );
    return { total: Number(total), ids: rows.map((row) => row.id) };
  }
  const query = toFts5Query(words);
  const [{ total }] = await db.$queryRawUnsafe<{ total: bigint | number }[]>(`SELECT COUNT(*) AS "total" FROM "DocumentSearch" WHERE "DocumentSearch" MATCH ?`, query);
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT d."id" AS "id" FROM "DocumentSearch" s
     JOIN "DocumentSearchEntry" e ON e."rowId" = s.rowid JOIN "Document" d ON d."id" = e."documentId"
     WHERE "DocumentSearch" MATCH ?
     ORDER BY d."lastActivityAt" DESC, d."id" DESC LIMIT ? OFFSET ?`,
    query,
    pageSize,
    (page - 1) * pageSize,
  );
  return { total: Number(total), ids: rows.map((row) => row.id) };
}
