import "server-only";
import { diffWords } from "@/domain/history/word-diff";
import { MEMORY_COMMON_WORD_UNITS, MEMORY_MAX_CANDIDATES, MEMORY_QUERY_TIMEOUT_MS, MEMORY_MAX_SENTENCE_SUGGESTIONS, MEMORY_MAX_SENTENCES, MEMORY_MAX_SUGGESTIONS } from "@/domain/memory/limits";
import { normaliseMemoryText } from "@/domain/memory/normalise";
import { memoryScore } from "@/domain/memory/score";
import { chooseQueryWords, prefilterWords } from "@/domain/memory/search-words";
import { splitSentences } from "@/domain/memory/sentences";
import { isPostgres, type Db } from "../../db";
import { memorySourceHash } from "./memory-units";
import type { MemoryMatchDto, SegmentSuggestionsDto, SentenceSuggestionsDto } from "./get-segment-suggestions.schema";
import { withoutConfidentialUnits } from "../desk/memory-filter";

const ORIGIN_RANK = { APPROVED: 0, IMPORTED: 1, TMX: 2 } as const;

/** An FTS5 string: the word quoted (a quote inside doubled), in the French column only. */
const ftsWord = (word: string) => `"${word.replaceAll('"', '""')}"`;
/** A LIKE pattern holding the word anywhere, its wildcard characters taken literally. */
const likeWord = (word: string) => `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

/**
 * How many units hold each word, counted through the index and stopped at
 * MEMORY_COMMON_WORD_UNITS (a common word costs no more than that): one statement for all words.
 */
async function countWordUnits(client: Db, words: string[]): Promise<{ word: string; units: number }[]> {
  if (isPostgres) {
    const parts = words.map((_, k) => `SELECT ${k} AS "k", count(*) AS "units" FROM (SELECT 1 FROM "MemoryUnit" WHERE "sourceText" ILIKE $${k + 2} LIMIT $1) AS "w${k}"`);
    // Only through the trigram index: the planner may otherwise scan the table for a word it
    // wrongly expects to be common (seen in EXPLAIN ANALYZE: seconds at 200,000 units).
    const rows = await client.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL enable_seqscan = off`);
        return tx.$queryRawUnsafe<{ k: number; units: bigint }[]>(parts.join(" UNION ALL "), MEMORY_COMMON_WORD_UNITS, ...words.map(likeWord));
      },
      { timeout: MEMORY_QUERY_TIMEOUT_MS },
    );
    return rows.sort((a, b) => a.k - b.k).map((row) => ({ word: words[row.k], units: Number(row.units) }));
  }
  const parts = words.map(
    (_, k) => `SELECT ${k} AS "k", (SELECT count(*) FROM (SELECT 1 FROM "MemoryUnitSearch" WHERE "MemoryUnitSearch" MATCH ? LIMIT ?)) AS "units"`,
  );
  const rows = await client.$queryRawUnsafe<{ k: number | bigint; units: number | bigint }[]>(
    parts.join(" UNION ALL "),
    ...words.flatMap((word) => [`"sourceText" : ${ftsWord(word)}`, MEMORY_COMMON_WORD_UNITS]),
  );
  return rows.map((row) => ({ word: words[Number(row.k)], units: Number(row.units) })).sort((a, b) => words.indexOf(a.word) - words.indexOf(b.word));
}

/**
 * The ids of the units whose source may be a match of `text`, through the index, never a scan
 * (decision 020): the text's numbers and longest words (`prefilterWords`) are counted in the
 * index, and the units holding any of its rare ones (`chooseQueryWords`), or all of its longest
 * when none is rare, are ranked by the index (bm25 on SQLite's FTS5 trigram table, pg_trgm
 * similarity on PostgreSQL's GIN-indexed candidates): at most MEMORY_MAX_CANDIDATES, plus the
 * exact matches by hash.
 */
export async function findCandidateIds(client: Db, query: { text: string; sourceLang: string; targetLang: string }): Promise<number[]> {
  const { sourceLang, targetLang } = query;
  const text = normaliseMemoryText(query.text);
  const exact = await client.memoryUnit.findMany({
    where: { sourceLang, targetLang, sourceHash: memorySourceHash(text) },
    select: { id: true },
    take: MEMORY_MAX_CANDIDATES,
  });
  const counted = prefilterWords(text);
  let fuzzy: { id: number | bigint }[] = [];
  if (counted.length > 0) {
    const { words, match } = chooseQueryWords(await countWordUnits(client, counted));
    if (isPostgres) {
      const condition = words.map((_, k) => `"sourceText" ILIKE $${k + 5}`).join(match === "any" ? " OR " : " AND ");
      fuzzy = await client.$transaction(
        async (tx) => {
          await tx.$executeRawUnsafe(`SET LOCAL enable_seqscan = off`);
          return tx.$queryRawUnsafe<{ id: number }[]>(
            `SELECT "id" FROM "MemoryUnit" WHERE (${condition}) AND "sourceLang" = $2 AND "targetLang" = $3 ORDER BY similarity("sourceText", $1) DESC, "id" LIMIT $4`,
            text,
            sourceLang,
            targetLang,
            MEMORY_MAX_CANDIDATES,
            ...words.map(likeWord),
          );
        },
        { timeout: MEMORY_QUERY_TIMEOUT_MS },
      );
    } else {
      fuzzy = await client.$queryRawUnsafe<{ id: number | bigint }[]>(
        `SELECT u."id" AS "id" FROM "MemoryUnitSearch" s JOIN "MemoryUnit" u ON u."id" = s.rowid
         WHERE "MemoryUnitSearch" MATCH ? AND u."sourceLang" = ? AND u."targetLang" = ? ORDER BY s.rank LIMIT ?`,
        `"sourceText" : (${words.map(ftsWord).join(match === "any" ? " OR " : " AND ")})`,
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

/**
 * The memory's matches for a paragraph's French and, when it has several sentences (split as the
 * memory's sentence units are: `splitSentences`), each sentence's own matches: the first
 * MEMORY_MAX_SENTENCES sentences, MEMORY_MAX_SENTENCE_SUGGESTIONS matches each. What
 * `GET /api/segments/{id}/suggestions` and `cli suggest` answer.
 */
export async function findParagraphSuggestions(
  client: Db,
  query: { text: string; sourceLang: string; targetLang: string; excludeSegmentId?: string },
): Promise<SegmentSuggestionsDto> {
  const matches = await findMemoryMatches(client, query);
  const split = splitSentences(query.text, query.sourceLang);
  const sentences: SentenceSuggestionsDto[] = [];
  if (split.length > 1) {
    for (const [index, source] of split.slice(0, MEMORY_MAX_SENTENCES).entries()) {
      sentences.push({ index, source, matches: await findMemoryMatches(client, { ...query, text: source, limit: MEMORY_MAX_SENTENCE_SUGGESTIONS }) });
    }
  }
  return { matches, sentences, sentenceCount: split.length, sentenceLimit: MEMORY_MAX_SENTENCES };
}
