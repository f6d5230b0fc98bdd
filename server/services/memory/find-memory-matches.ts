import "server-only";
import { diffWords } from "@/domain/history/word-diff";
import { MEMORY_COMMON_WORD_UNITS, MEMORY_MAX_CANDIDATES, MEMORY_MAX_RANKED, MEMORY_RARE_WORD_UNITS, MEMORY_MAX_SENTENCE_SUGGESTIONS, MEMORY_MAX_SENTENCES, MEMORY_MAX_SUGGESTIONS } from "@/domain/memory/limits";
import { normaliseMemoryText } from "@/domain/memory/normalise";
import { memoryScore } from "@/domain/memory/score";
import { chooseQueryWords, prefilterWords } from "@/domain/memory/search-words";
import { splitSentences } from "@/domain/memory/sentences";
import { isPostgres, type Db } from "../../db";
import { memorySourceHash } from "./memory-units";
import type { MemoryMatchDto, SegmentSuggestionsDto, SentenceSuggestionsDto } from "./get-segment-suggestions.schema";
import { withoutConfidentialUnits } from "../desk/memory-filter";

const ORIGIN_RANK = { APPROVED: 0, IMPORTED: 1, TMX: 2 } as const;

/** An FTS5 string: the word as a quoted phrase (a quote inside doubled). */
const ftsWord = (word: string) => `"${word.replaceAll('"', '""')}"`;
/** A PostgreSQL tsquery of the word as a phrase (an elided or hyphenated word is several lexemes). */
const tsWord = (parameter: number) => `phraseto_tsquery('vav_search', $${parameter})`;

/** How long the PostgreSQL statistics of the word index are kept in memory (ms) before being read again. */
const WORD_STATISTICS_TTL_MS = 60_000;
let wordStatistics: { readAt: number; units: Map<string, number> } | null = null;

/** A word as the PostgreSQL word index holds it (its "vav_search" lexeme): lower case, accents removed. */
const asLexeme = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * PostgreSQL's own statistics of the word index (ANALYZE's `most_common_elems` of "sourceWords",
 * kept by autovacuum and refreshed after each TMX import): the commonest words, each with about
 * how many units hold it. Read at most once a minute per process.
 */
async function commonWordUnits(client: Db): Promise<Map<string, number>> {
  if (wordStatistics && Date.now() - wordStatistics.readAt < WORD_STATISTICS_TTL_MS) return wordStatistics.units;
  const rows = await client.$queryRawUnsafe<{ words: string | null; frequencies: number[] | null; units: number }[]>(
    `SELECT array_to_json(s."most_common_elems"::text::text[])::text AS "words", s."most_common_elem_freqs" AS "frequencies", c."reltuples"::float8 AS "units"
     FROM pg_stats s JOIN pg_class c ON c."relname" = s."tablename" AND c."relnamespace" = s."schemaname"::regnamespace
     WHERE s."schemaname" = current_schema() AND s."tablename" = 'MemoryUnit' AND s."attname" = 'sourceWords'`,
  );
  const units = new Map<string, number>();
  const row = rows[0];
  if (row?.words && row.frequencies) {
    const words = JSON.parse(row.words) as string[];
    words.forEach((word, k) => units.set(word, Math.round(row.frequencies![k] * row.units)));
  }
  wordStatistics = { readAt: Date.now(), units };
  return units;
}

/**
 * After a bulk change of the memory (a TMX import), on PostgreSQL: merges the word index's
 * pending entries (GIN's fast-update list, which every query would otherwise read through) and
 * renews the statistics that tell common words, then forgets this process's copy of them.
 * Nothing to do on SQLite. A failure here leaves the import done; the statistics then wait for
 * autovacuum.
 */
export async function refreshWordStatistics(client: Db): Promise<void> {
  if (!isPostgres) return;
  try {
    await client.$executeRawUnsafe(`SELECT gin_clean_pending_list('"MemoryUnit_sourceWords_idx"'::regclass)`);
    await client.$executeRawUnsafe(`ANALYZE "MemoryUnit"`);
  } catch (error) {
    console.warn("memory: could not refresh the word index's statistics", error);
  }
  wordStatistics = null;
}

/**
 * How many units hold each word, counted in the word index (SQLite: FTS5 table
 * "MemoryUnitWords"; PostgreSQL: the GIN index of "sourceWords"), each count stopped at `limit`
 * (a common word costs no more than that): one statement for all words. On PostgreSQL, where a
 * count visits the units' rows, a word its statistics already show as common is not counted.
 */
async function countWordUnits(client: Db, words: string[], limit: number): Promise<Map<string, number>> {
  if (isPostgres) {
    const known = await commonWordUnits(client);
    const toCount = words.filter((word) => (known.get(asLexeme(word)) ?? 0) < MEMORY_COMMON_WORD_UNITS);
    const parts = toCount.map((_, k) => `SELECT ${k} AS "k", count(*) AS "units" FROM (SELECT 1 FROM "MemoryUnit" WHERE "sourceWords" @@ ${tsWord(k + 2)} LIMIT $1) AS "w${k}"`);
    const rows = toCount.length === 0 ? [] : await client.$queryRawUnsafe<{ k: number; units: bigint }[]>(parts.join(" UNION ALL "), limit, ...toCount);
    const counted = new Map(rows.map((row) => [toCount[row.k], Number(row.units)]));
    return new Map(words.map((word) => [word, counted.get(word) ?? limit]));
  }
  const parts = words.map((_, k) => `SELECT ${k} AS "k", (SELECT count(*) FROM (SELECT 1 FROM "MemoryUnitWords" WHERE "MemoryUnitWords" MATCH ? LIMIT ?)) AS "units"`);
  const rows = await client.$queryRawUnsafe<{ k: number | bigint; units: number | bigint }[]>(parts.join(" UNION ALL "), ...words.flatMap((word) => [ftsWord(word), limit]));
  return new Map(rows.map((row) => [words[Number(row.k)], Number(row.units)]));
}

/**
 * How many units hold each word of each text, as `chooseQueryWords` needs it, counting as little
 * as it can (the words of all the texts in the same statements): first each word up to
 * MEMORY_RARE_WORD_UNITS; for a text with two words or more under that, they are its rarest and
 * its others count as common; the others of the remaining texts are counted again up to
 * MEMORY_COMMON_WORD_UNITS.
 */
async function wordUnits(client: Db, textsWords: string[][]): Promise<{ word: string; units: number }[][]> {
  const all = [...new Set(textsWords.flat())];
  if (all.length === 0) return textsWords.map(() => []);
  const first = await countWordUnits(client, all, MEMORY_RARE_WORD_UNITS);
  const isRare = (word: string) => first.get(word)! < MEMORY_RARE_WORD_UNITS;
  const needMore = textsWords.map((words) => words.filter(isRare).length < 2);
  const again = [...new Set(textsWords.flatMap((words, k) => (needMore[k] ? words.filter((word) => !isRare(word)) : [])))];
  const second = again.length === 0 ? new Map<string, number>() : await countWordUnits(client, again, MEMORY_COMMON_WORD_UNITS);
  return textsWords.map((words, k) =>
    words.map((word) => ({ word, units: isRare(word) ? first.get(word)! : needMore[k] ? (second.get(word) ?? MEMORY_COMMON_WORD_UNITS) : MEMORY_COMMON_WORD_UNITS })),
  );
}

/** The words a text's candidates are looked up by, and the words they are ranked by. */
type WordLookup = { words: string[]; match: "any" | "all"; counted: string[] };

/** The best MEMORY_MAX_CANDIDATES units for each lookup, ranked by the word index (one statement for all). */
async function rankCandidates(client: Db, lookups: WordLookup[], pair: { sourceLang: string; targetLang: string }): Promise<number[][]> {
  const found: number[][] = lookups.map(() => []);
  const asked = lookups.flatMap((lookup, k) => (lookup.words.length > 0 ? [{ ...lookup, k }] : []));
  if (asked.length === 0) return found;
  let rows: { k: number | bigint; id: number | bigint }[];
  if (isPostgres) {
    // $1..$4: languages and limits; then, for each lookup, its chosen words, then every counted
    // word (the rank). The candidates come from the word index alone (a materialised subquery
    // with no other condition), whatever the planner thinks of the language pair's selectivity:
    // with stale statistics it once chose the pair's index and filtered every unit (1.5 s at
    // 200,000 units).
    const parameters: unknown[] = [pair.sourceLang, pair.targetLang, MEMORY_MAX_RANKED, MEMORY_MAX_CANDIDATES];
    const tsWords = (words: string[]) => words.map((word) => tsWord(parameters.push(word)));
    const ctes: string[] = [];
    const selects: string[] = [];
    for (const { words, match, counted, k } of asked) {
      const chosen = tsWords(words).join(match === "any" ? " || " : " && ");
      const ranked = tsWords(counted).join(" || ");
      ctes.push(`"c${k}" AS MATERIALIZED (SELECT "id", "sourceLang", "targetLang", "sourceWords" FROM "MemoryUnit" WHERE "sourceWords" @@ (${chosen}) LIMIT $3)`);
      selects.push(`(SELECT ${k} AS "k", "id" FROM "c${k}" WHERE "sourceLang" = $1 AND "targetLang" = $2 ORDER BY ts_rank("sourceWords", ${ranked}) DESC, "id" LIMIT $4)`);
    }
    rows = await client.$queryRawUnsafe(`WITH ${ctes.join(", ")} ${selects.join(" UNION ALL ")}`, ...parameters);
  } else {
    // Ranked by bm25 over the chosen (rare) words; when they are common ones that every candidate
    // holds, over every counted word too. The language pair comes from an index holding only the
    // id and the pair, not from the units' rows (16 ms a text at 200,000 units; 3 ms this way).
    const selects = asked.map(
      ({ k }) => `SELECT * FROM (SELECT ${k} AS "k", f."id" AS "id" FROM (SELECT rowid AS "id", rank AS "rank" FROM "MemoryUnitWords" WHERE "MemoryUnitWords" MATCH ? LIMIT ?) AS f
        JOIN "MemoryUnit" u INDEXED BY "MemoryUnit_id_sourceLang_targetLang_idx" ON u."id" = f."id"
        WHERE u."sourceLang" = ? AND u."targetLang" = ? ORDER BY f."rank", f."id" LIMIT ?)`,
    );
    const parameters = asked.flatMap(({ words, match, counted }) => {
      const chosen = words.map(ftsWord).join(match === "any" ? " OR " : " AND ");
      const ranked = match === "any" ? chosen : `(${chosen}) AND (${counted.map(ftsWord).join(" OR ")})`;
      return [ranked, MEMORY_MAX_RANKED, pair.sourceLang, pair.targetLang, MEMORY_MAX_CANDIDATES];
    });
    rows = await client.$queryRawUnsafe(selects.join(" UNION ALL "), ...parameters);
  }
  for (const row of rows) found[Number(row.k)].push(Number(row.id));
  return found;
}

/**
 * The ids of the units whose source may be a match of each text, through the word index, never
 * a scan (decision 020): each text's numbers and longest words (`prefilterWords`) are counted in
 * the index (`wordUnits`), and the units holding any of its rare ones (`chooseQueryWords`), or
 * all of its longest when none is rare, are ranked by the index by the counted words they share
 * (bm25 on SQLite's FTS5, ts_rank on PostgreSQL's tsvector), at most MEMORY_MAX_RANKED of them:
 * the best MEMORY_MAX_CANDIDATES, plus the exact matches by hash. The same few statements
 * whatever the number of texts.
 */
async function findCandidateIds(client: Db, texts: string[], pair: { sourceLang: string; targetLang: string }): Promise<number[][]> {
  const hashes = texts.map(memorySourceHash);
  const exact = await client.memoryUnit.findMany({
    where: { sourceLang: pair.sourceLang, targetLang: pair.targetLang, sourceHash: { in: [...new Set(hashes)] } },
    select: { id: true, sourceHash: true },
    orderBy: { id: "asc" },
    take: MEMORY_MAX_CANDIDATES * texts.length,
  });
  const textsWords = texts.map(prefilterWords);
  const counts = await wordUnits(client, textsWords);
  const lookups = counts.map((entries, k) => ({ ...chooseQueryWords(entries), counted: textsWords[k] }));
  const ranked = await rankCandidates(client, lookups, pair);
  return texts.map((_, k) => [...new Set([...exact.filter((unit) => unit.sourceHash === hashes[k]).map((unit) => unit.id), ...ranked[k]])]);
}

type MatchQuery = { sourceLang: string; targetLang: string; excludeSegmentId?: string };

/**
 * The memory's best matches for each of `texts`, best first: score (100 = same text), then
 * approved before imported before TMX, then the most recent. One per distinct translation; at
 * most `limits[k]` for text k. Units of `excludeSegmentId` (the paragraph being translated) are
 * left out: its own approved text is not a suggestion. The units of all texts are read at once.
 */
async function findMatchesForTexts(client: Db, rawTexts: string[], limits: number[], query: MatchQuery): Promise<MemoryMatchDto[][]> {
  const texts = rawTexts.map(normaliseMemoryText);
  const candidates = await findCandidateIds(client, texts, query);
  const ids = [...new Set(candidates.flat())];
  if (ids.length === 0) return texts.map(() => []);
  const units = await withoutConfidentialUnits(client, await client.memoryUnit.findMany({
    where: { id: { in: ids }, ...(query.excludeSegmentId ? { OR: [{ segmentId: null }, { segmentId: { not: query.excludeSegmentId } }] } : {}) },
    select: { id: true, sourceText: true, targetText: true, origin: true, documentId: true, documentTitle: true, authorName: true, approvedAt: true, sentence: true },
  }));
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  return texts.map((text, k) => {
    const scored = candidates[k]
      .flatMap((id) => {
        const unit = byId.get(id);
        const score = unit ? memoryScore(text, unit.sourceText) : null;
        return unit && score !== null ? [{ unit, score }] : [];
      })
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
      if (matches.length >= limits[k]) break;
    }
    return matches;
  });
}

/** The memory's best matches for one text (at most `limit`, MEMORY_MAX_SUGGESTIONS by default): see `findMatchesForTexts`. */
export async function findMemoryMatches(client: Db, query: MatchQuery & { text: string; limit?: number }): Promise<MemoryMatchDto[]> {
  return (await findMatchesForTexts(client, [query.text], [query.limit ?? MEMORY_MAX_SUGGESTIONS], query))[0];
}

/**
 * The memory's matches for a paragraph's French and, when it has several sentences (split as the
 * memory's sentence units are: `splitSentences`), each sentence's own matches: the first
 * MEMORY_MAX_SENTENCES sentences, MEMORY_MAX_SENTENCE_SUGGESTIONS matches each, all looked up
 * together. What `GET /api/segments/{id}/suggestions` and `cli suggest` answer.
 */
export async function findParagraphSuggestions(client: Db, query: MatchQuery & { text: string }): Promise<SegmentSuggestionsDto> {
  const split = splitSentences(query.text, query.sourceLang);
  const looked = split.length > 1 ? split.slice(0, MEMORY_MAX_SENTENCES) : [];
  const [matches, ...perSentence] = await findMatchesForTexts(
    client,
    [query.text, ...looked],
    [MEMORY_MAX_SUGGESTIONS, ...looked.map(() => MEMORY_MAX_SENTENCE_SUGGESTIONS)],
    query,
  );
  const sentences: SentenceSuggestionsDto[] = looked.map((source, index) => ({ index, source, matches: perSentence[index] }));
  return { matches, sentences, sentenceCount: split.length, sentenceLimit: MEMORY_MAX_SENTENCES };
}
