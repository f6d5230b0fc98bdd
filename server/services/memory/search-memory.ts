import "server-only";
import { CONCORDANCE_MAX_CHARS, CONCORDANCE_MAX_PAGES, CONCORDANCE_MIN_CHARS, CONCORDANCE_PAGE_SIZE } from "@/domain/memory/limits";
import { db, isPostgres } from "../../db";
import { AppError } from "../../errors";
import { assertCan, assertCanWorkOn } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { searchMemoryQuery, type ConcordanceDto } from "./search-memory.schema";
import { withoutConfidentialUnits } from "../desk/memory-filter";

const SOURCE_LANG = "fr";

/**
 * Concordance search: the memory's paragraph units (sentences are inside them) whose French or
 * translation contains the phrase, through the full-text index (SQLite FTS5 trigram: case and
 * accents ignored; PostgreSQL pg_trgm GIN with ILIKE: case ignored). Approved before imported
 * before TMX, newest first; CONCORDANCE_PAGE_SIZE per page, at most CONCORDANCE_MAX_PAGES pages.
 */
export async function searchMemory({ actor, input }: { actor: Actor; input: unknown }): Promise<ConcordanceDto> {
  assertCan(actor, "document:view");
  const { q, lang, page } = parseInput(searchMemoryQuery, input);
  const phrase = q.replace(/\s+/g, " ");
  if ([...phrase].length < CONCORDANCE_MIN_CHARS) throw new AppError("INVALID_INPUT", { field: "query", reason: "too-short", limit: CONCORDANCE_MIN_CHARS });
  if ([...phrase].length > CONCORDANCE_MAX_CHARS) throw new AppError("INVALID_INPUT", { field: "query", reason: "too-long", limit: CONCORDANCE_MAX_CHARS });
  if (page > CONCORDANCE_MAX_PAGES) throw new AppError("INVALID_INPUT", { field: "page", reason: "too-far", limit: CONCORDANCE_MAX_PAGES });
  assertCanWorkOn(actor, lang);

  const offset = (page - 1) * CONCORDANCE_PAGE_SIZE;
  const take = CONCORDANCE_PAGE_SIZE + 1;
  // The enum's declared order (APPROVED, IMPORTED, TMX) is also its text order on SQLite.
  const rows = isPostgres
    ? await db.$queryRawUnsafe<{ id: number }[]>(
        `SELECT "id" FROM "MemoryUnit" WHERE ("sourceText" ILIKE $1 OR "targetText" ILIKE $1) AND "sourceLang" = $2 AND "targetLang" = $3 AND "sentence" = 0
         ORDER BY "origin", "approvedAt" DESC, "id" DESC LIMIT $4 OFFSET $5`,
        `%${phrase.replace(/[\\%_]/g, (char) => `\\${char}`)}%`,
        SOURCE_LANG,
        lang,
        take,
        offset,
      )
    : await db.$queryRawUnsafe<{ id: number | bigint }[]>(
        `SELECT u."id" AS "id" FROM "MemoryUnitSearch" s JOIN "MemoryUnit" u ON u."id" = s.rowid
         WHERE "MemoryUnitSearch" MATCH ? AND u."sourceLang" = ? AND u."targetLang" = ? AND u."sentence" = 0
         ORDER BY u."origin", u."approvedAt" DESC, u."id" DESC LIMIT ? OFFSET ?`,
        `"${phrase.replaceAll('"', '""')}"`,
        SOURCE_LANG,
        lang,
        take,
        offset,
      );
  const ids = rows.slice(0, CONCORDANCE_PAGE_SIZE).map((row) => Number(row.id));
  const units = await withoutConfidentialUnits(db, await db.memoryUnit.findMany({
    where: { id: { in: ids } },
    select: { id: true, sourceText: true, targetText: true, origin: true, documentId: true, documentTitle: true, authorName: true, approvedAt: true },
  }));
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  return {
    entries: ids.flatMap((id) => {
      const unit = byId.get(id);
      return unit
        ? [{ unitId: unit.id, source: unit.sourceText, target: unit.targetText, origin: unit.origin, documentId: unit.documentId, documentTitle: unit.documentTitle, authorName: unit.authorName, approvedAt: unit.approvedAt.toISOString() }]
        : [];
    }),
    page,
    hasMore: rows.length > CONCORDANCE_PAGE_SIZE && page < CONCORDANCE_MAX_PAGES,
  };
}
