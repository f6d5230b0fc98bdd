import "server-only";
import { isQualityPassing, scoreQuality } from "@/domain/quality/mqm";
import type { ExportQuality } from "@/domain/exporters/types";
import type { Db } from "../../db";

/** The score frozen with a publication; null for publications made before scores were kept. */
export async function findPublicationQuality(client: Db, { documentId, lang }: { documentId: string; lang: string }, number: number): Promise<ExportQuality | null> {
  const row = await client.publication.findUnique({
    where: { documentId_lang_number: { documentId, lang, number } },
    select: { quality: { select: { words: true, errorCount: true, penaltyPoints: true, maxPenaltyPer1000Words: true } } },
  });
  if (!row?.quality) return null;
  const { words, errorCount, penaltyPoints, maxPenaltyPer1000Words } = row.quality;
  const score = scoreQuality(penaltyPoints, words, errorCount);
  return { ...score, maxPenaltyPer1000Words, isPassing: isQualityPassing(score, maxPenaltyPer1000Words) };
}
