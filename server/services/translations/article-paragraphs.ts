import "server-only";
import type { Db, Tx } from "../../db";
import { AppError } from "../../errors";

/** One French paragraph of an article's current source, as every language's row of it repeats it. */
export type ArticleParagraph = {
  paragraphId: string;
  position: number;
  kind: string;
  sourceText: string;
  sourceRevision: number;
  inlineCodes: string | null;
};

/**
 * The current French paragraphs of an article, in order, read from the rows of one of its
 * languages: every language keeps the same copy of them (position, kind, French, revision), so
 * any one tells them. Removed paragraphs are left out: a new language starts from today's article.
 */
export async function findArticleParagraphs(
  client: Db | Tx,
  documentId: string,
): Promise<{ sourceLang: string; sourceRevision: number; langs: string[]; paragraphs: ArticleParagraph[] }> {
  const document = await client.document.findUnique({
    where: { id: documentId },
    select: { sourceLang: true, sourceRevision: true, translations: { select: { lang: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!document) throw new AppError("NOT_FOUND", { entity: "document" });
  const langs = document.translations.map((translation) => translation.lang);
  if (langs.length === 0) return { sourceLang: document.sourceLang, sourceRevision: document.sourceRevision, langs, paragraphs: [] };
  const paragraphs = await client.segment.findMany({
    where: { documentId, lang: langs[0], removedInRevision: null },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { paragraphId: true, position: true, kind: true, sourceText: true, sourceRevision: true, inlineCodes: true },
  });
  return { sourceLang: document.sourceLang, sourceRevision: document.sourceRevision, langs, paragraphs };
}
