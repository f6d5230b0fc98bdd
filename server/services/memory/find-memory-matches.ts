import "server-only";
import { diffWords } from "@/domain/history/word-diff";
import { MEMORY_MAX_CANDIDATES, MEMORY_MAX_SUGGESTIONS } from "@/domain/memory/limits";
import { normaliseMemoryText } from "@/domain/memory/normalise";
import { memoryScore } from "@/domain/memory/score";
import { prefilterWords } from "@/domain/memory/search-words";
import { isPostgres, type Db } from "../../db";
import { memorySourceHash } from "./memory-units";
import type { MemoryMatchDto } from "./get-segment-suggestions.schema";
import { withoutConfidentialUnits } from "../desk/memory-filter";

/** pg_trgm similarity a unit needs to be a candidate on PostgreSQL (see findCandidateIds). */
const PG_TRIGRAM_THRESHOLD = 0.5;

const ORIGIN_RANK = { APPROVED: 0, IMPORTED: 1, TMX: 2 } as const;

/** FTS5 query syntax: each word a quoted string (a quote inside doubled), any of them. */
const ftsQuery = (words: string[]) => `"sourceText" : (${words.map((word) => `"${word.replaceAll('"', '""')}"`).join(" OR ")})`;

/**
 * The ids of the units whose source may be a match of `text`, through the index, never a scan:
 * on SQLite the FTS5 trigram index ranked by bm25 over the text's distinctive words; on
 * PostgreSQL the pg_trgm GIN index (`%`, trigram similarity ≥ PG_TRIGRAM_THRESHOLD),
 * ranked by similarity. Either way at most MEMORY_MAX_CANDIDATES, plus the exact matches by hash.
 */
export async function findCandidateIds(client: Db, query: { text: string; sourceLang: string; targetLang: string }): Promise<number[]> {
  const { sourceLang, targetLang } = query;
  const text = normaliseMemoryText(query.text);
  const exact = await client.memoryUnit.findMany({
    where: { sourceLang, targetLang, sourceHash: memorySourceHash(text) },
    select: { id: true },
    take: MEMORY_MAX_CANDIDATES,
  });
  let fuzzy: { id: number | bigint }[] = [];
  if (isPostgres) {
    // The `%` operator (served by the GIN index) keeps units at or above pg_trgm's similarity
    // threshold; 0.5 instead of the default 0.3 keeps out the many units that share only common
    // words, while a 75 % edit-distance match of a sentence shares well over half its trigrams.
    const [, rows] = await (client as Db).$transaction([
      client.$executeRawUnsafe(`SET LOCAL pg_trgm.similarity_threshold = ${PG_TRIGRAM_THRESHOLD}`),
      client.$queryRawUnsafe<{ id: number }[]>(
        `SELECT "id" FROM "MemoryUnit" WHERE "sourceText" % $1 AND "sourceLang" = $2 AND "targetLang" = $3 ORDER BY similarity("sourceText", $1) DESC LIMIT $4`,
        text,
        sourceLang,
        targetLang,
        MEMORY_MAX_CANDIDATES,
      ),
    ]);
    fuzzy = rows;
  } else {
    const words = prefilterWords(text);
    if (words.length > 0) {
      fuzzy = await client.$queryRawUnsafe<{ id: number | bigint }[]>(
        `SELECT u."id" AS "id" FROM "MemoryUnitSearch" s JOIN "MemoryUnit" u ON u."id" = s.rowid
         WHERE "MemoryUnitSearch" MATCH ? AND u."sourceLang" = ? AND u."targetLang" = ? ORDER BY s.rank LIMIT ?`,
        ftsQuery(words),
        sourceLang,
        targetLang,
        MEMORY_MAX_CANDIDATES,
      );
    }
  }
  return [...new Set([...exact.map((unit) => unit.id), ...fuzzy.map((unit) => Number(unit.id))])];
}

/**
 * The memory's best matches for a text, best first: score (100 = same text), then approved
 * before imported before TMX, then the most recent. One per distinct translation; at most
 * MEMORY_MAX_SUGGESTIONS. Units of `excludeSegmentId` (the paragraph being translated) are left
 * out: its own approved text is not a suggestion.
 */
export async function findMemoryMatches(
  client: Db,
  query: { text: string; sourceLang: string; targetLang: string; excludeSegmentId?: string; limit?: number },
): Promise<MemoryMatchDto[]> {
  const ids = await findCandidateIds(client, query);
  if (ids.length === 0) return [];
  const units = await withoutConfidentialUnits(client, await client.memoryUnit.findMany({
    where: { id: { in: ids }, ...(query.excludeSegmentId ? { OR: [{ segmentId: null }, { segmentId: { not: query.excludeSegmentId } }] } : {}) },
    select: { id: true, sourceText: true, targetText: true, origin: true, documentId: true, documentTitle: true, authorName: true, approvedAt: true, sentence: true },
  }));
  const text = normaliseMemoryText(query.text);
  const scored = units
    .map((unit) => ({ unit, score: memoryScore(text, unit.sourceText) }))
    .filter((entry): entry is { unit: (typeof units)[number]; score: number } => entry.score !== null)
    .sort(
      (a, b) =>
        b.score - a.score ||
        ORIGIN_RANK[a.unit.origin] - ORIGIN_RANK[b.unit.origin] ||
        b.unit.approvedAt.getTime() - a.unit.approvedAt.getTime() ||
        a.unit.id - b.unit.id,
    );
  const seen = new Set<string>();
  const matches: MemoryMatchDto[] = [];
  for (const { unit, score } of scored) {
    const key = `${unit.sourceText}\u0000${unit.targetText}`;
    if (seen.has(key)) continue;
    seen.add(key);
    matches.push({
      unitId: unit.id,
      score,
      source: unit.sourceText,
      target: unit.targetText,
      origin: unit.origin,
      documentId: unit.documentId,
      documentTitle: unit.documentTitle,
      authorName: unit.authorName,
      approvedAt: unit.approvedAt.toISOString(),
      isSentence: unit.sentence > 0,
      diff: score === 100 ? [] : diffWords(unit.sourceText, text),
    });
    if (matches.length >= (query.limit ?? MEMORY_MAX_SUGGESTIONS)) break;
  }
  return matches;
}
