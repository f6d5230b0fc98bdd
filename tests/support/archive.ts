// A large archive of documents written straight into the database in bulk, for the tests that
// prove the documents list works at any archive size. Each document's paragraph states follow
// from its number, so a test knows the progress the list must report without computing it the
// way the app does.
import type { PrismaClient } from "../../server/generated/prisma/client";

/** More than the 999 bound parameters at which the unpaged list used to fail on SQLite. */
export const ARCHIVE_SIZE = 1500;

const BASE_TIME = Date.UTC(2026, 0, 1);

/** Document n (from 0): n % 4 approved paragraphs, then one awaiting review, one untranslated, one page-furniture paragraph. */
export function archiveDocument(n: number) {
  const approved = n % 4;
  return {
    id: `archive-${String(n).padStart(5, "0")}`,
    title: `Archive article ${n}`,
    // Document n changed n minutes after the first: the newest is the last one.
    lastActivityAt: new Date(BASE_TIME + n * 60_000),
    states: [...Array<string>(approved).fill("APPROVED"), "TRANSLATED", "UNTRANSLATED", "EXCLUDED"],
    expected: { total: approved + 3, included: approved + 2, approved, translated: approved + 1, excluded: 1, rejected: 0 },
  };
}

/** Writes `count` documents with their paragraphs, a few statements for the whole archive. */
export async function createArchive(db: PrismaClient, createdById: string, count = ARCHIVE_SIZE) {
  const documents = Array.from({ length: count }, (_, n) => archiveDocument(n));
  for (let start = 0; start < count; start += 500) {
    const chunk = documents.slice(start, start + 500);
    await db.document.createMany({
      data: chunk.map(({ id, title, lastActivityAt }) => ({ id, title, createdById, lastActivityAt, createdAt: lastActivityAt })),
    });
    await db.translation.createMany({ data: chunk.map(({ id }) => ({ documentId: id, lang: "en" })) });
    await db.segment.createMany({
      data: chunk.flatMap((document) =>
        document.states.map((state, position) => ({
          documentId: document.id,
          paragraphId: `${document.id}-${position}`,
          position,
          kind: state === "EXCLUDED" ? ("BOILERPLATE" as const) : ("BODY" as const),
          sourceText: `Paragraphe ${position + 1} de l'article ${document.title}.`,
          targetText: state === "UNTRANSLATED" ? "" : `Paragraph ${position + 1} of ${document.title}.`,
          state: state as "APPROVED",
        })),
      ),
    });
  }
  return documents;
}
