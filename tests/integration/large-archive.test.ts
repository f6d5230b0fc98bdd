import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/permissions";
import { db } from "@/server/db";
import { listDocuments } from "@/server/services/documents/list-documents";
import { MAX_DOCUMENTS_PAGE_SIZE } from "@/server/services/documents/list-documents.schema";
import { previewReplace } from "@/server/services/replace/preview-replace";
import { saveSegment } from "@/server/services/segments/save-segment";
import { ARCHIVE_SIZE, archiveDocument, createArchive } from "../support/archive";
import { createActor } from "./support/actors";

// The tests share one archive and run in order; the last one changes which document is newest.
describe("the documents list of a large archive", () => {
  let translator: Actor;

  beforeAll(async () => {
    translator = await createActor("TRANSLATOR");
    await createArchive(db, translator.id);
  });

  it("lists 1,500 documents page by page, newest first, each with its own progress", async () => {
    const seen: string[] = [];
    const first = await listDocuments({ actor: translator, input: { pageSize: MAX_DOCUMENTS_PAGE_SIZE } });
    expect(first).toMatchObject({ page: 1, pageSize: 100, total: ARCHIVE_SIZE, pageCount: 15 });
    for (let page = 1; page <= first.pageCount; page += 1) {
      const { documents } = await listDocuments({ actor: translator, input: { page, pageSize: MAX_DOCUMENTS_PAGE_SIZE } });
      expect(documents).toHaveLength(100);
      for (const document of documents) {
        const expected = archiveDocument(Number(document.id.replace("archive-", "")));
        expect(document.languages[0].progress, document.title).toMatchObject(expected.expected);
        expect(document.updatedAt).toBe(expected.lastActivityAt.toISOString());
        seen.push(document.id);
      }
    }
    // Every document exactly once, the most recently changed first.
    expect(seen).toEqual(Array.from({ length: ARCHIVE_SIZE }, (_, index) => archiveDocument(ARCHIVE_SIZE - 1 - index).id));
  });

  it("uses pages of 50 by default and shows the last page for a page past the end", async () => {
    expect(await listDocuments({ actor: translator })).toMatchObject({ page: 1, pageSize: 50, pageCount: 30 });
    const beyond = await listDocuments({ actor: translator, input: { page: 99 } });
    expect(beyond.page).toBe(30);
    expect(beyond.documents).toHaveLength(50);
    expect(beyond.documents[0].id).toBe(archiveDocument(49).id);
    expect(beyond.documents[49].id).toBe(archiveDocument(0).id);
  });

  it("refuses a page size above the limit, naming the field", async () => {
    await expect(listDocuments({ actor: translator, input: { pageSize: MAX_DOCUMENTS_PAGE_SIZE + 1 } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      params: { field: "pageSize" },
    });
  });

  it("finds text across every document of the archive, in document order", async () => {
    const reviewer = await createActor("REVIEWER");
    const { matches, isTruncated } = await previewReplace({ actor: reviewer, input: { find: "article 14", replacement: "article fourteen" } });
    // Articles 14, 140 to 149 and 1400 to 1499; each has its approved paragraphs and one awaiting review.
    const numbers = Array.from({ length: ARCHIVE_SIZE }, (_, n) => n).filter((n) => String(n).startsWith("14"));
    expect(isTruncated).toBe(false);
    expect(matches.map((match) => match.documentId)).toEqual(
      numbers.flatMap((n) => Array<string>(archiveDocument(n).expected.translated).fill(archiveDocument(n).id)),
    );
  });

  it("moves a document to the top of the list when one of its paragraphs is saved", async () => {
    const oldest = archiveDocument(0);
    const segment = await db.segment.findFirstOrThrow({ where: { documentId: oldest.id, state: "UNTRANSLATED" }, select: { id: true, version: true } });
    await saveSegment({ actor: translator, input: { segmentId: segment.id, targetText: "Now translated.", version: segment.version } });

    const { documents } = await listDocuments({ actor: translator });
    expect(documents[0].id).toBe(oldest.id);
    expect(Date.parse(documents[0].updatedAt)).toBeGreaterThan(oldest.lastActivityAt.getTime());
  });
});
