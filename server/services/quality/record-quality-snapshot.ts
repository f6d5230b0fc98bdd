import "server-only";
import type { TranslatorQuality } from "@/domain/quality/mqm";
import type { Tx } from "../../db";
import type { TranslationQualityDto } from "./translation-quality.schema";

/** Freezes the score with the publication, in its transaction: exports and the dashboard read it back. */
export async function recordQualitySnapshot(
  tx: Tx,
  { publicationId, scope, createdAt, quality, translators }: { publicationId: string; scope: { documentId: string; lang: string }; createdAt: Date; quality: TranslationQualityDto; translators: readonly TranslatorQuality[] },
): Promise<void> {
  const snapshot = await tx.qualitySnapshot.create({
    data: {
      publicationId,
      documentId: scope.documentId,
      lang: scope.lang,
      words: quality.words,
      errorCount: quality.errorCount,
      penaltyPoints: quality.penaltyPoints,
      maxPenaltyPer1000Words: quality.maxPenaltyPer1000Words,
      createdAt,
    },
    select: { id: true },
  });
  if (translators.length > 0) {
    await tx.qualityShare.createMany({
      data: translators.map((t) => ({ snapshotId: snapshot.id, translatorId: t.translatorId, words: t.words, errorCount: t.errorCount, penaltyPoints: t.penaltyPoints, createdAt })),
    });
  }
}
