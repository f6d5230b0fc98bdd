// The documents list at archive scale (decision 025): each translation's progress is a summary
// the database keeps in the same transaction as every paragraph change, and the list searches
// titles and French text with the database's full-text index. Runs on SQLite and, with
// TEST_DATABASE_URL, on PostgreSQL.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/permissions";
import { undoBatch } from "@/server/services/batches/undo-batch";
import { createDocument } from "@/server/services/documents/create-document";
import { getDocument } from "@/server/services/documents/get-document";
import { listDocuments } from "@/server/services/documents/list-documents";
import { applyReplace } from "@/server/services/replace/apply-replace";
import { bulkApproveSegments } from "@/server/services/review/bulk-approve-segments";
import { previewBulkApproval } from "@/server/services/review/preview-bulk-approval";
import { reviewSegment } from "@/server/services/review/review-segment";
import { changeSegmentKind } from "@/server/services/segments/change-segment-kind";
import { getSegmentHistory } from "@/server/services/segments/get-segment-history";
import { revertSegment } from "@/server/services/segments/revert-segment";
import { saveSegment } from "@/server/services/segments/save-segment";
import { previewSourceUpdate } from "@/server/services/sources/preview-source-update";
import { updateSource } from "@/server/services/sources/update-source";
import { addTranslation } from "@/server/services/translations/add-translation";
import { createActor } from "./support/actors";

let reviewer: Actor;
let translator: Actor;

beforeAll(async () => {
  reviewer = await createActor("REVIEWER");
  translator = await createActor("TRANSLATOR");
});

type Counts = Record<string, Record<string, number>>;

/** What the summary says: language -> state -> paragraphs (zero counts left out). */
async function summaryOf(documentId: string): Promise<Counts> {
  const rows = await db.segmentStateCount.findMany({ where: { documentId }, select: { lang: true, state: true, count: true } });
  const counts: Counts = {};
  for (const row of rows) if (row.count !== 0) (counts[row.lang] ??= {})[row.state] = row.count;
  return counts;
}

/** The same counted from the paragraphs themselves. */
async function recountOf(documentId: string): Promise<Counts> {
  const rows = await db.segment.groupBy({ by: ["lang", "state"], where: { documentId, removedInRevision: null }, _count: { _all: true } });
  const counts: Counts = {};
  for (const row of rows) (counts[row.lang] ??= {})[row.state] = row._count._all;
  return counts;
}

/** The summary equals a recount, and the recount is the one the step should have produced. */
async function expectSummary(documentId: string, expected: Counts) {
  const recount = await recountOf(documentId);
  expect(recount).toEqual(expected);
  expect(await summaryOf(documentId)).toEqual(recount);
}

const FRENCH = [
  "Le conseil municipal adopte le budget",
  "Les élus se sont réunis lundi soir à l'hôtel de ville.",
  "Le maire a présenté un budget de douze millions d'euros.",
  "L'opposition a dénoncé une hausse des impôts locaux.",
];
const ENGLISH = ["The city council adopts the budget", "Councillors met on Monday evening at the town hall.", "The mayor presented a budget of twelve million euros.", ""];

async function createArticle(title = "Council budget", french = FRENCH) {
  const pairs = french.map((sourceText, index) => ({ kind: index === 0 ? ("TITLE" as const) : ("BODY" as const), sourceText, targetText: ENGLISH[index] ?? "" }));
  const { id } = await createDocument({ actor: reviewer, input: { title, pairs } });
  return id;
}

async function segmentsOf(documentId: string, lang = "en") {
  return (await getDocument({ actor: reviewer, documentId, lang })).segments;
}

describe("each translation's progress summary", () => {
  it("equals a recount of the paragraphs after every kind of change", async () => {
    // An import: a reviewer's pairs arrive translated, the empty one untranslated.
    const id = await createArticle();
    await expectSummary(id, { en: { TRANSLATED: 3, UNTRANSLATED: 1 } });

    // The write path: a save, a review, a rejection, an exclusion.
    let [title, met, mayor, opposition] = await segmentsOf(id);
    await saveSegment({ actor: translator, input: { segmentId: opposition.id, targetText: "The opposition denounced a rise in local taxes.", version: opposition.version } });
    // Saved without submitting: a draft.
    await expectSummary(id, { en: { DRAFT: 1, TRANSLATED: 3 } });
    await reviewSegment({ actor: reviewer, input: { segmentId: title.id, action: "approve", version: title.version } });
    await reviewSegment({ actor: reviewer, input: { segmentId: met.id, action: "reject", reason: "Check the day.", version: met.version } });
    await expectSummary(id, { en: { APPROVED: 1, REJECTED: 1, TRANSLATED: 1, DRAFT: 1 } });
    [title, met, mayor, opposition] = await segmentsOf(id);
    await reviewSegment({ actor: reviewer, input: { segmentId: opposition.id, action: "exclude", version: opposition.version } });
    await expectSummary(id, { en: { APPROVED: 1, REJECTED: 1, TRANSLATED: 1, EXCLUDED: 1 } });

    // Bulk approval and its undo.
    const preview = await previewBulkApproval({ actor: reviewer, documentId: id });
    const { batchId } = await bulkApproveSegments({ actor: reviewer, input: { documentId: id, segments: preview.segments } });
    await expectSummary(id, { en: { APPROVED: 2, REJECTED: 1, EXCLUDED: 1 } });
    if (!batchId) throw new Error("no batch");
    await undoBatch({ actor: reviewer, input: { batchId } });
    await expectSummary(id, { en: { APPROVED: 1, REJECTED: 1, TRANSLATED: 1, EXCLUDED: 1 } });

    // Find and replace over approved text sends it back to review.
    [title, met, mayor, opposition] = await segmentsOf(id);
    await applyReplace({
      actor: reviewer,
      input: { documentId: id, find: "budget", replacement: "spending plan", isRegex: false, isCaseSensitive: true, isWholeWord: true, segments: [{ id: title.id, version: title.version }] },
    });
    await expectSummary(id, { en: { REJECTED: 1, TRANSLATED: 2, EXCLUDED: 1 } });

    // Restoring an earlier text, and changing a paragraph's kind to page furniture.
    [title, met, mayor, opposition] = await segmentsOf(id);
    const history = await getSegmentHistory({ actor: translator, segmentId: met.id });
    const imported = history.find((entry) => entry.type === "revision" && entry.reason === "IMPORT");
    if (!imported || imported.type !== "revision") throw new Error("no import revision");
    await revertSegment({ actor: translator, input: { segmentId: met.id, revisionId: imported.id, version: met.version } });
    await changeSegmentKind({ actor: reviewer, input: { segmentId: mayor.id, kind: "BOILERPLATE", version: mayor.version } });
    const afterKind = await recountOf(id);
    await expectSummary(id, afterKind);
    expect(afterKind.en.REJECTED ?? 0).toBe(0);

    // New languages: empty, and from a translated file aligned to the French.
    await addTranslation({ actor: reviewer, input: { documentId: id, lang: "de" } });
    await addTranslation({ actor: reviewer, input: { documentId: id, lang: "es", targets: ["ES 0", "ES 1", "", ""], sourceRevision: 1 } });
    // Page furniture (the paragraph made BOILERPLATE above) starts excluded in a new language.
    await expectSummary(id, { ...afterKind, de: { EXCLUDED: 1, UNTRANSLATED: 3 }, es: { EXCLUDED: 1, TRANSLATED: 2, UNTRANSLATED: 1 } });

    // A new version of the French: one paragraph edited (outdated where translated), one removed, one added.
    const next = [FRENCH[0], `${FRENCH[1].replace(/\.$/, "")}, a précisé la mairie.`, FRENCH[3], "Le vote aura lieu en mars."];
    const source = { content: next.join("\n\n"), encoding: "text" as const, format: "text" as const };
    const sourcePreview = await previewSourceUpdate({ actor: reviewer, input: { documentId: id, source } });
    await updateSource({
      actor: reviewer,
      input: { documentId: id, source, links: sourcePreview.links.map((link) => ({ old: link.old, new: link.new })), baseRevision: sourcePreview.currentRevision, isMinor: false, confirmDifferentArticle: false },
    });
    const afterSource = await recountOf(id);
    await expectSummary(id, afterSource);
    // The removed paragraph left every language's count; the edited one is outdated in English.
    expect(Object.values(afterSource.en).reduce((a, b) => a + b, 0)).toBe(4);
    expect(afterSource.en.OUTDATED).toBe(1);
    expect(await db.segment.count({ where: { documentId: id, removedInRevision: { not: null } } })).toBe(3);

    // The list shows the summary: the same progress as the editor's own count.
    const listed = (await listDocuments({ actor: reviewer, input: { q: "Council budget" } })).documents.find((document) => document.id === id);
    const english = await getDocument({ actor: reviewer, documentId: id });
    expect(listed?.languages.find((language) => language.lang === "en")?.progress).toEqual(english.languages.find((language) => language.lang === "en")?.progress);
    expect(listed?.languages.find((language) => language.lang === "en")?.progress).toMatchObject({ total: 4, outdated: 1 });

    // Deleting the article takes its summary with it.
    await db.document.delete({ where: { id } });
    expect(await db.segmentStateCount.count({ where: { documentId: id } })).toBe(0);
  });

  it("leaves the summary as it was when a change is refused", async () => {
    const id = await createArticle();
    const [title] = await segmentsOf(id);
    await expect(reviewSegment({ actor: reviewer, input: { segmentId: title.id, action: "approve", version: title.version + 5 } })).rejects.toMatchObject({ code: "CONFLICT" });
    await expectSummary(id, { en: { TRANSLATED: 3, UNTRANSLATED: 1 } });
  });
});

describe("searching the documents list", () => {
  it("finds documents by words of their title or current French, accents and case ignored, all words required", async () => {
    const marker = `zq${Date.now().toString(36)}`;
    const budget = await createArticle(`Budget ${marker}`);
    const india = await createArticle(`Poutine ${marker}`, ["Vladimir Poutine à Pékin", "La Russie et l'Inde discutent de contrats.", "Un déplacement rare.", "Fin."]);
    const search = async (q: string) => (await listDocuments({ actor: translator, input: { q } })).documents.map((document) => document.id);

    expect(await search(marker)).toEqual([india, budget]); // the latest change first
    expect(await search(`${marker} pekin`)).toEqual([india]); // French text, accent ignored
    expect(await search(`${marker} RUSS`)).toEqual([india]); // the start of a word
    expect(await search(`${marker} douze`)).toEqual([budget]);
    expect(await search(`${marker} douze pekin`)).toEqual([]); // every word required
    expect(await search(`"${marker}" * ( -`)).toEqual([india, budget]); // FTS syntax is not syntax here

    const page = await listDocuments({ actor: translator, input: { q: marker, pageSize: 1, page: 2 } });
    expect(page).toMatchObject({ total: 2, page: 2, pageCount: 2 });
    expect(page.documents.map((document) => document.id)).toEqual([budget]);

    // A new version of the French replaces the indexed text.
    const next = ["Vladimir Poutine à Moscou", "La Russie signe des accords.", "Un déplacement rare.", "Fin."];
    const source = { content: next.join("\n\n"), encoding: "text" as const, format: "text" as const };
    const preview = await previewSourceUpdate({ actor: reviewer, input: { documentId: india, source } });
    await updateSource({
      actor: reviewer,
      input: { documentId: india, source, links: preview.links.map((link) => ({ old: link.old, new: link.new })), baseRevision: preview.currentRevision, isMinor: false, confirmDifferentArticle: true },
    });
    expect(await search(`${marker} pekin`)).toEqual([]);
    expect(await search(`${marker} moscou`)).toEqual([india]);

    // A deleted document leaves the index.
    await db.document.delete({ where: { id: budget } });
    expect(await search(marker)).toEqual([india]);
  });

  it("refuses a search longer than its limit, naming it", async () => {
    await expect(listDocuments({ actor: translator, input: { q: "a".repeat(201) } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
