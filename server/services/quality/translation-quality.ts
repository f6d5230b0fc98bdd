import "server-only";
import { isQualityPassing, scoreTranslation, type TranslatorQuality } from "@/domain/quality/mqm";
import type { Db, Tx } from "../../db";
import { currentSegmentsOf } from "../translations/find-translation";
import { readQualitySettings } from "./read-quality-settings";
import type { TranslationQualityDto } from "./translation-quality.schema";

/**
 * A translation's MQM score as it is now (decision 024): the errors recorded on its current
 * paragraphs against the French words of those in the article, with the threshold in force.
 */
export async function findTranslationQuality(
  client: Db | Tx,
  scope: { documentId: string; lang: string },
  sourceLang: string,
): Promise<{ quality: TranslationQualityDto; translators: TranslatorQuality[] }> {
  const [paragraphs, errors, settings] = await Promise.all([
    client.segment.findMany({ where: currentSegmentsOf(scope), select: { sourceText: true, state: true, lastEditorId: true } }),
    // Summed per translator by the database: a translation's errors are never loaded one by one.
    client.reviewError.groupBy({
      by: ["translatorId"],
      where: { documentId: scope.documentId, lang: scope.lang, segment: { removedInRevision: null } },
      _sum: { penalty: true },
      _count: { _all: true },
    }),
    readQualitySettings(client),
  ]);
  const { overall, translators } = scoreTranslation(
    paragraphs.map((p) => ({ sourceText: p.sourceText, state: p.state, translatorId: p.lastEditorId })),
    errors.map((row) => ({ translatorId: row.translatorId, penalty: row._sum.penalty ?? 0, count: row._count._all })),
    sourceLang,
  );
  return {
    quality: {
      ...overall,
      maxPenaltyPer1000Words: settings.maxPenaltyPer1000Words,
      isPassing: isQualityPassing(overall, settings.maxPenaltyPer1000Words),
      isBlocking: settings.isBlocking,
    },
    translators,
  };
}

/** Whether the score keeps the translation from being published without an override. */
export function isQualityBlocking(quality: Pick<TranslationQualityDto, "isPassing" | "isBlocking">): boolean {
  return quality.isBlocking && !quality.isPassing;
}
