import "server-only";
import type { SegmentKind } from "@/domain/segmentation/classify-segment";
import type { SegmentState } from "@/domain/workflow/segment-state";
import type { Db, Tx } from "../../db";
import { AppError } from "../../errors";

export type ParagraphRow = { id: string; lang: string; position: number; state: SegmentState; targetText: string; version: number; previousSourceText: string | null };

/** One French paragraph of the current article with its row in every language. */
export type CurrentParagraph = { paragraphId: string; sourceText: string; kind: SegmentKind; position: number; rows: ParagraphRow[] };

/**
 * The document's current article as French paragraphs in order, each with its rows in every
 * language (all rows of a paragraph share its paragraphId, position and French). A missing
 * document is NOT_FOUND.
 */
export async function loadCurrentParagraphs(client: Db | Tx, documentId: string): Promise<{ sourceRevision: number; paragraphs: CurrentParagraph[] }> {
  const document = await client.document.findUnique({ where: { id: documentId }, select: { sourceRevision: true } });
  if (!document) throw new AppError("NOT_FOUND", { entity: "document" });
  const rows = await client.segment.findMany({
    where: { documentId, removedInRevision: null },
    select: { id: true, lang: true, paragraphId: true, position: true, kind: true, sourceText: true, state: true, targetText: true, version: true, previousSourceText: true },
    orderBy: [{ position: "asc" }, { lang: "asc" }],
  });
  const byParagraph = new Map<string, CurrentParagraph>();
  const paragraphs: CurrentParagraph[] = [];
  for (const row of rows) {
    let paragraph = byParagraph.get(row.paragraphId);
    if (!paragraph) {
      paragraph = { paragraphId: row.paragraphId, sourceText: row.sourceText, kind: row.kind, position: row.position, rows: [] };
      byParagraph.set(row.paragraphId, paragraph);
      paragraphs.push(paragraph);
    }
    paragraph.rows.push({ id: row.id, lang: row.lang, position: row.position, state: row.state, targetText: row.targetText, version: row.version, previousSourceText: row.previousSourceText });
  }
  return { sourceRevision: document.sourceRevision, paragraphs };
}
