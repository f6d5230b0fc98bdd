import "server-only";
import { buildArticle, type PublicationContent, type PublishableSegment } from "@/domain/publishing/article";
import type { Db, Tx } from "../../db";
import { AppError } from "../../errors";

/** The document as it is now, in the shape publishing and exports use. */
export async function loadCurrentContent(client: Db | Tx, documentId: string): Promise<{ title: string; content: PublicationContent; segmentIds: string[] }> {
  const document = await client.document.findUnique({
    where: { id: documentId },
    select: {
      title: true,
      sourceLang: true,
      targetLang: true,
      segments: {
        orderBy: { position: "asc" },
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
      },
    },
  });
  if (!document) throw new AppError("NOT_FOUND", { entity: "document" });
  const segments: PublishableSegment[] = document.segments.map((segment) => ({
    position: segment.position,
    kind: segment.kind,
    state: segment.state,
    sourceText: segment.sourceText,
    targetText: segment.targetText,
    notes: segment.comments.map((comment) => `${comment.author.name}: ${comment.body}`),
    ...(segment.inlineCodes ? { inlineCodes: JSON.parse(segment.inlineCodes) as PublishableSegment["inlineCodes"] } : {}),
  }));
  return {
    segmentIds: document.segments.map((segment) => segment.id),
    title: document.title,
    content: { sourceLang: document.sourceLang, targetLang: document.targetLang, article: buildArticle(segments, document.targetLang), segments },
  };
}
