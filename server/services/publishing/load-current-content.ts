import "server-only";
import { buildArticle, type PublicationContent, type PublishableSegment } from "@/domain/publishing/article";
import type { Db, Tx } from "../../db";
import { AppError } from "../../errors";
import { currentSegmentsOf } from "../translations/find-translation";

/** One translation of the document as it is now, in the shape publishing and exports use. */
export async function loadCurrentContent(
  client: Db | Tx,
  scope: { documentId: string; lang: string },
): Promise<{ title: string; content: PublicationContent; segmentIds: string[]; sourceRevision: number }> {
  const document = await client.document.findUnique({ where: { id: scope.documentId }, select: { title: true, sourceLang: true, sourceRevision: true } });
  if (!document) throw new AppError("NOT_FOUND", { entity: "document" });
  const rows = await client.segment.findMany({
    where: currentSegmentsOf(scope),
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      position: true,
      kind: true,
      state: true,
      sourceText: true,
      targetText: true,
      inlineCodes: true,
      comments: { orderBy: { createdAt: "asc" }, select: { body: true, author: { select: { name: true } } } },
    },
  });
  const segments: PublishableSegment[] = rows.map((segment) => ({
    position: segment.position,
    kind: segment.kind,
    state: segment.state,
    sourceText: segment.sourceText,
    targetText: segment.targetText,
    notes: segment.comments.map((comment) => `${comment.author.name}: ${comment.body}`),
    ...(segment.inlineCodes ? { inlineCodes: JSON.parse(segment.inlineCodes) as PublishableSegment["inlineCodes"] } : {}),
  }));
  return {
    segmentIds: rows.map((segment) => segment.id),
    title: document.title,
    sourceRevision: document.sourceRevision,
    content: { sourceLang: document.sourceLang, targetLang: scope.lang, article: buildArticle(segments, scope.lang), segments },
  };
}
