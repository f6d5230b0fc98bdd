// The documents list's search at archive scale (decision 028): a search lists at most
// MAX_DOCUMENT_SEARCH_RESULTS documents, the newest articles that match, shown latest change
// first, and says "more than" when there are more; only documents the actor may see, and that
// pass the filters, are listed or counted. Runs on SQLite and, with TEST_DATABASE_URL, on
// PostgreSQL.
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_DOCUMENT_SEARCH_RESULTS } from "@/domain/search/document-search";
import type { Actor } from "@/server/auth/permissions";
import { db } from "@/server/db";
import { listDocuments } from "@/server/services/documents/list-documents";
import { ARCHIVE_SIZE, archiveDocument, createArchive } from "../support/archive";
import { createActor } from "./support/actors";

/** The ids of every page of a search, in order, and the first page's answer. */
async function searchAll(actor: Actor, input: Record<string, unknown>) {
  const first = await listDocuments({ actor, input: { ...input, pageSize: 100 } });
  const ids = first.documents.map((document) => document.id);
  for (let page = 2; page <= first.pageCount; page += 1) {
    ids.push(...(await listDocuments({ actor, input: { ...input, pageSize: 100, page } })).documents.map((document) => document.id));
  }
  return { first, ids };
}

/** Archive documents n for n in [from, to), the most recently changed first. */
const newestFirst = (numbers: number[]) => [...numbers].sort((a, b) => b - a).map((n) => archiveDocument(n).id);
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
const RUSSIA = [14, ...range(140, 150), ...range(1400, 1500)];

// The tests share one archive of 1,500 articles and run in order; the last ones mark articles confidential.
describe("searching a large archive", () => {
  let translator: Actor;
  let publisher: Actor;

  beforeAll(async () => {
    translator = await createActor("TRANSLATOR");
    publisher = await createActor("PUBLISHER");
    // Created in order (article n is changed n minutes after the first); articles 14, 140 to 149
    // and 1400 to 1499 are about Russia.
    await createArchive(db, translator.id);
    for (const n of RUSSIA) await db.document.update({ where: { id: archiveDocument(n).id }, data: { title: `Archive article ${n} : la Russie` } });
  });

  it("lists every match, latest change first, when there are at most 1,000", async () => {
    const { first, ids } = await searchAll(translator, { q: "russ" });
    const expected = newestFirst(RUSSIA);
    expect(first).toMatchObject({ total: expected.length, pageCount: 2, isTotalCapped: false, isSearchCapped: false });
    expect(ids).toEqual(expected);
  });

  it("lists the newest 1,000 of more matches, latest change first, and says there are more", async () => {
    const { first, ids } = await searchAll(translator, { q: "archive" });
    expect(ARCHIVE_SIZE).toBeGreaterThan(MAX_DOCUMENT_SEARCH_RESULTS);
    expect(first).toMatchObject({ total: MAX_DOCUMENT_SEARCH_RESULTS, pageCount: 10, isTotalCapped: true, isSearchCapped: false });
    expect(ids).toEqual(newestFirst(range(ARCHIVE_SIZE - MAX_DOCUMENT_SEARCH_RESULTS, ARCHIVE_SIZE)));
    // A page past the end shows the last one.
    const beyond = await listDocuments({ actor: translator, input: { q: "archive", page: 500 } });
    expect(beyond.page).toBe(20);
    expect(beyond.documents.at(-1)?.id).toBe(archiveDocument(ARCHIVE_SIZE - MAX_DOCUMENT_SEARCH_RESULTS).id);
  });

  it("matches a word shorter than 4 letters as a whole word only", async () => {
    const ids = async (q: string) => (await listDocuments({ actor: translator, input: { q } })).documents.map((document) => document.id);
    expect(await ids("article 14")).toEqual([archiveDocument(14).id]);
    expect(await ids("article 149")).toEqual([archiveDocument(149).id]);
    expect(await ids("la russie 1499")).toEqual([archiveDocument(1499).id]);
    expect(await ids("rus")).toEqual([]);
  });

  it("applies the filters to the matches: nothing listed or counted that fails them", async () => {
    // No article of the archive has been published.
    expect(await listDocuments({ actor: publisher, input: { q: "archive", state: "published" } })).toMatchObject({ total: 0, documents: [], isTotalCapped: false });
    // Every article has a paragraph awaiting review: the filter keeps them all, still capped.
    expect(await listDocuments({ actor: publisher, input: { q: "archive", state: "in-review" } })).toMatchObject({ total: MAX_DOCUMENT_SEARCH_RESULTS, isTotalCapped: true });
  });

  it("never lists or counts a confidential article for someone who may not see it", async () => {
    // The newest 100 articles about Russia become confidential, and the newest 500 of the archive.
    const confidential = [...range(1400, 1500), ...range(1000, 1500)];
    await db.document.updateMany({ where: { id: { in: confidential.map((n) => archiveDocument(n).id) } }, data: { confidential: true } });

    const rare = await searchAll(translator, { q: "russie" });
    expect(rare.first).toMatchObject({ total: 11, isTotalCapped: false });
    expect(rare.ids).toEqual(newestFirst([14, ...range(140, 150)]));
    // A publisher sees them all.
    expect((await listDocuments({ actor: publisher, input: { q: "russie" } })).total).toBe(111);

    // 1,500 articles match "archive" but the translator may see 1,000 of them: exactly 1,000,
    // not "more than", and the publisher still more than 1,000.
    const common = await searchAll(translator, { q: "archive" });
    expect(common.first).toMatchObject({ total: 1000, isTotalCapped: false });
    expect(common.ids).toEqual(newestFirst(range(0, 1000)));
    expect(await listDocuments({ actor: publisher, input: { q: "archive" } })).toMatchObject({ total: 1000, isTotalCapped: true });
  });

  it("lists a confidential article for its assignee", async () => {
    const article = archiveDocument(1499);
    const translation = await db.translation.findFirstOrThrow({ where: { documentId: article.id }, select: { id: true } });
    await db.assignment.create({ data: { translationId: translation.id, translatorId: translator.id } });
    const found = await listDocuments({ actor: translator, input: { q: "russie" } });
    expect(found.total).toBe(12);
    expect(found.documents[0].id).toBe(article.id);
  });

  it("lists a match changed recently first, however old the article", async () => {
    const old = archiveDocument(140);
    await db.document.update({ where: { id: old.id }, data: { lastActivityAt: new Date() } });
    const found = await listDocuments({ actor: translator, input: { q: "russie" } });
    expect(found.documents.map((document) => document.id).slice(0, 2)).toEqual([old.id, archiveDocument(1499).id]);
  });
});
