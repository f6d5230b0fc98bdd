import "server-only";
import { progressFromCounts } from "@/domain/progress";
import { DEFAULT_TARGET_LANG } from "@/domain/languages/language-tag";
import { isSegmentState, type SegmentState } from "@/domain/workflow/segment-state";
import type { Db, Tx } from "../../db";
import type { TranslationSummaryDto } from "./translation-summary.schema";

/** English first (the default target), then the other languages in tag order. */
const byLanguage = (a: { lang: string }, b: { lang: string }) =>
  a.lang === b.lang ? 0 : a.lang === DEFAULT_TARGET_LANG ? -1 : b.lang === DEFAULT_TARGET_LANG ? 1 : a.lang.localeCompare(b.lang);

/**
 * Every translation of the given documents with its status and progress, and whether the French
 * changed since its latest publication. Three queries, bounded by the documents asked for (a
 * page of the list, or one article), never by the archive; the progress comes from the
 * per-translation counts that the database keeps with every paragraph change (decision 025),
 * not from the paragraphs themselves.
 */
export async function listTranslationSummaries(client: Db | Tx, documentIds: readonly string[]): Promise<Map<string, TranslationSummaryDto[]>> {
  const result = new Map<string, TranslationSummaryDto[]>();
  if (documentIds.length === 0) return result;
  const ids = [...documentIds];
  const [translations, counts, publications] = await Promise.all([
    client.translation.findMany({
      where: { documentId: { in: ids } },
      select: { documentId: true, lang: true, status: true, document: { select: { sourceRevision: true } } },
    }),
    client.segmentStateCount.findMany({ where: { documentId: { in: ids }, count: { gt: 0 } }, select: { documentId: true, lang: true, state: true, count: true } }),
    client.publication.groupBy({ by: ["documentId", "lang"], where: { documentId: { in: ids } }, _max: { sourceRevision: true } }),
  ]);
  const key = (documentId: string, lang: string) => `${documentId}\u0000${lang}`;
  const states = new Map<string, Partial<Record<SegmentState, number>>>();
  for (const row of counts) {
    if (!isSegmentState(row.state)) continue;
    const byState = states.get(key(row.documentId, row.lang)) ?? {};
    byState[row.state] = row.count;
    states.set(key(row.documentId, row.lang), byState);
  }
  const publishedRevision = new Map(publications.map((row) => [key(row.documentId, row.lang), row._max.sourceRevision]));
  for (const translation of translations) {
    const published = publishedRevision.get(key(translation.documentId, translation.lang));
    const list = result.get(translation.documentId) ?? [];
    list.push({
      lang: translation.lang,
      status: translation.status,
      progress: progressFromCounts(states.get(key(translation.documentId, translation.lang)) ?? {}),
      isSourceUpdatedSincePublication: published !== undefined && published !== null && published < translation.document.sourceRevision,
    });
    result.set(translation.documentId, list);
  }
  for (const list of result.values()) list.sort(byLanguage);
  return result;
}
