import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/permissions";
import { addComment } from "@/server/services/comments/add-comment";
import { createDocument } from "@/server/services/documents/create-document";
import { getDocument } from "@/server/services/documents/get-document";
import { listDocuments } from "@/server/services/documents/list-documents";
import { getPublishChecklist } from "@/server/services/publishing/get-publish-checklist";
import { publishDocument } from "@/server/services/publishing/publish-document";
import { reviewSegment } from "@/server/services/review/review-segment";
import { saveSegment } from "@/server/services/segments/save-segment";
import { previewSourceUpdate } from "@/server/services/sources/preview-source-update";
import { addTranslation } from "@/server/services/translations/add-translation";
import { loadCurrentParagraphs } from "@/server/services/sources/current-paragraphs";
import { readSourceFile } from "@/server/services/sources/read-source-file";
import { previewTranslation } from "@/server/services/translations/preview-translation";
import { applySourceUpdate, updateSource } from "@/server/services/sources/update-source";
import { createActor } from "./support/actors";

/** A council article: eight paragraphs, all translated; the third has two sentences (to split). */
const FRENCH = [
  "Le conseil municipal adopte le budget",
  "Les élus se sont réunis lundi soir à l'hôtel de ville pour examiner le projet de budget.",
  "Le maire a présenté un budget de douze millions d'euros pour l'année prochaine. Il prévoit aussi la rénovation complète du gymnase du quartier nord.",
  "L'opposition a dénoncé une hausse des impôts locaux jugée excessive par les commerçants.",
  "Les travaux de la piscine municipale commenceront au printemps selon le calendrier prévu.",
  "La bibliothèque ouvrira désormais le dimanche après-midi.",
  "Les horaires du week-end seront affichés à l'entrée.",
  "Le conseil se réunira de nouveau au mois de mars pour voter les subventions aux associations.",
];
const ENGLISH = [
  "The city council adopts the budget",
  "Councillors met on Monday evening at the town hall to examine the draft budget.",
  "The mayor presented a budget of twelve million euros for next year. It also plans a complete renovation of the northern district's gym.",
  "The opposition denounced a rise in local taxes that shopkeepers consider excessive.",
  "Work on the municipal swimming pool will begin in spring according to the planned schedule.",
  "The library will now open on Sunday afternoons.",
  "Weekend opening hours will be posted at the entrance.",
  "The council will meet again in March to vote on grants to associations.",
];
const SPANISH_LANG = "es";

let reviewer: Actor;
let translator: Actor;

beforeAll(async () => {
  reviewer = await createActor("REVIEWER");
  translator = await createActor("TRANSLATOR");
});

/** The article in English (all TRANSLATED, the first approved) with a comment on paragraph 4, and a Spanish translation. */
async function createArticle() {
  const pairs = FRENCH.map((sourceText, index) => ({ kind: index === 0 ? ("TITLE" as const) : ("BODY" as const), sourceText, targetText: ENGLISH[index] }));
  const { id } = await createDocument({ actor: reviewer, input: { title: "Council budget", pairs } });
  const english = await getDocument({ actor: reviewer, documentId: id });
  await reviewSegment({ actor: reviewer, input: { segmentId: english.segments[0].id, action: "approve", version: english.segments[0].version } });
  await addComment({ actor: reviewer, input: { segmentId: english.segments[3].id, body: "Check the figure with the desk." } });
  // Spanish is translated for the first half only: the second half is empty, so it cannot go OUTDATED.
  const targets = FRENCH.map((_, index) => (index < 4 ? `ES ${index}` : ""));
  await addTranslation({ actor: reviewer, input: { documentId: id, lang: SPANISH_LANG, targets, sourceRevision: 1 } });
  return id;
}

const text = (paragraphs: string[]) => ({ content: paragraphs.join("\n\n"), encoding: "text" as const, format: "text" as const });

/** Previews a new version and confirms the computed pairing, as the editor does without corrections. */
async function update(documentId: string, paragraphs: string[], options: { isMinor?: boolean; actor?: Actor; confirmDifferentArticle?: boolean } = {}) {
  const actor = options.actor ?? reviewer;
  const preview = await previewSourceUpdate({ actor, input: { documentId, source: text(paragraphs) } });
  const result = await updateSource({
    actor,
    input: {
      documentId,
      source: text(paragraphs),
      links: preview.links.map((link) => ({ old: link.old, new: link.new })),
      baseRevision: preview.currentRevision,
      isMinor: options.isMinor ?? false,
      confirmDifferentArticle: options.confirmDifferentArticle ?? false,
    },
  });
  return { preview, result };
}

async function rowsOf(documentId: string, lang = "en") {
  return db.segment.findMany({ where: { documentId, lang, removedInRevision: null }, orderBy: { position: "asc" } });
}

async function countAll(documentId: string) {
  const [segments, revisions, stateChanges, sourceRevisions, audit] = await Promise.all([
    db.segment.count({ where: { documentId } }),
    db.revision.count({ where: { segment: { documentId } } }),
    db.stateChange.count({ where: { segment: { documentId } } }),
    db.sourceRevision.count({ where: { documentId } }),
    db.auditEvent.count({ where: { documentId } }),
  ]);
  const document = await db.document.findUniqueOrThrow({ where: { id: documentId }, select: { sourceRevision: true } });
  return { segments, revisions, stateChanges, sourceRevisions, audit, revision: document.sourceRevision };
}

async function expectRefusal(promise: Promise<unknown>, code: string, params: Record<string, unknown>) {
  await expect(promise).rejects.toMatchObject({ code, params: expect.objectContaining(params) });
}

const edit = (paragraph: string) => paragraph.replace(/\.$/, ", a précisé la mairie.");

describe("a new version of the French", () => {
  it("outdates edited paragraphs at the start, middle and end, keeping their English, history and comments", async () => {
    const id = await createArticle();
    const before = await rowsOf(id);
    const next = [...FRENCH];
    next[0] = "Le conseil municipal adopte enfin le budget";
    next[3] = edit(FRENCH[3]);
    next[7] = edit(FRENCH[7]);
    const { preview, result } = await update(id, next);
    expect(preview.counts).toMatchObject({ edited: 3, unchanged: 5 });
    expect(preview.links.find((link) => link.type === "edited")?.diff.some((part) => part.type === "added")).toBe(true);
    expect(result).toEqual({ sourceRevision: 2, unchanged: 5, outdated: 3, inserted: 0, removed: 0 });

    const after = await rowsOf(id);
    expect(after.map((row) => row.id)).toEqual(before.map((row) => row.id));
    for (const index of [0, 3, 7]) {
      expect(after[index]).toMatchObject({ sourceText: next[index], previousSourceText: FRENCH[index], targetText: ENGLISH[index], state: "OUTDATED", sourceRevision: 2, version: before[index].version + 1 });
    }
    // Unchanged paragraphs are untouched: same version, same French revision.
    expect(after[1]).toMatchObject({ state: "TRANSLATED", version: before[1].version, sourceRevision: 1, previousSourceText: null });
    const comments = await db.comment.count({ where: { segmentId: after[3].id } });
    expect(comments).toBe(1);
    const history = await db.revision.findMany({ where: { segmentId: after[3].id }, orderBy: { createdAt: "asc" } });
    expect(history.map((revision) => revision.reason)).toEqual(["IMPORT", "SOURCE"]);
    expect(history[1]).toMatchObject({ before: FRENCH[3], after: next[3] });
    expect(await db.stateChange.count({ where: { segmentId: after[7].id, toState: "OUTDATED" } })).toBe(1);

    // Every language follows the French; an empty Spanish paragraph has nothing to outdate.
    const spanish = await rowsOf(id, SPANISH_LANG);
    expect(spanish.map((row) => row.sourceText)).toEqual(next);
    expect(spanish[3]).toMatchObject({ state: "OUTDATED", targetText: "ES 3" });
    expect(spanish[7]).toMatchObject({ state: "UNTRANSLATED", previousSourceText: null, sourceRevision: 2 });

    const revision = await db.sourceRevision.findUniqueOrThrow({ where: { documentId_number: { documentId: id, number: 2 } } });
    expect(JSON.parse(revision.content)).toEqual(next);
    expect(revision).toMatchObject({ authorId: reviewer.id, isMinor: false });
    expect(revision.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { documentId: id, action: "document.source-updated" } });
    expect(JSON.parse(audit.data)).toMatchObject({ revision: 2, outdated: 3 });
    const document = await getDocument({ actor: reviewer, documentId: id });
    expect(document.sourceRevision).toBe(2);
    expect(document.segments[3].previousSourceText).toBe(FRENCH[3]);
  });

  it("inserts paragraphs at the start, middle and end untranslated in every language, page furniture excluded", async () => {
    const id = await createArticle();
    const next = ["Édition spéciale : les finances de la commune", ...FRENCH.slice(0, 4), "Un habitant a demandé la parole pendant la séance publique.", ...FRENCH.slice(4), "Publicité"];
    const { result } = await update(id, next);
    expect(result).toEqual({ sourceRevision: 2, unchanged: 8, outdated: 0, inserted: 3, removed: 0 });
    for (const lang of ["en", SPANISH_LANG]) {
      const rows = await rowsOf(id, lang);
      expect(rows.map((row) => row.sourceText)).toEqual(next);
      expect(rows.map((row) => row.position)).toEqual(next.map((_, index) => index));
      expect(rows[5]).toMatchObject({ state: "UNTRANSLATED", kind: "BODY", targetText: "", sourceRevision: 2 });
      expect(rows[0]).toMatchObject({ state: "UNTRANSLATED", sourceRevision: 2 });
      expect(rows[10]).toMatchObject({ state: "EXCLUDED", kind: "BOILERPLATE" });
    }
    const english = await rowsOf(id);
    const spanish = await rowsOf(id, SPANISH_LANG);
    // One French paragraph, one row per language, sharing its paragraphId.
    expect(english.map((row) => row.paragraphId)).toEqual(spanish.map((row) => row.paragraphId));
    expect(english[1]).toMatchObject({ targetText: ENGLISH[0], state: "APPROVED", sourceRevision: 1 });
  });

  it("takes removed paragraphs out of the article but keeps them, their comments and history", async () => {
    const id = await createArticle();
    const before = await rowsOf(id);
    const next = FRENCH.filter((_, index) => ![0, 3, 7].includes(index));
    const { result } = await update(id, next);
    expect(result).toEqual({ sourceRevision: 2, unchanged: 5, outdated: 0, inserted: 0, removed: 3 });
    const document = await getDocument({ actor: reviewer, documentId: id });
    expect(document.segments.map((segment) => segment.sourceText)).toEqual(next);
    expect(document.segments.map((segment) => segment.position)).toEqual([0, 1, 2, 3, 4]);
    expect(document.removedSegments.map((segment) => segment.id).sort()).toEqual([before[0].id, before[3].id, before[7].id].sort());
    const removed = await db.segment.findUniqueOrThrow({ where: { id: before[3].id }, include: { comments: true, revisions: { orderBy: { createdAt: "asc" } } } });
    expect(removed).toMatchObject({ removedInRevision: 2, targetText: ENGLISH[3] });
    expect(removed.comments).toHaveLength(1);
    expect(removed.revisions.map((revision) => [revision.reason, revision.after])).toEqual([
      ["IMPORT", ENGLISH[3]],
      ["SOURCE", ""],
    ]);
    expect(await db.segment.count({ where: { documentId: id, lang: SPANISH_LANG, removedInRevision: 2 } })).toBe(3);
  });

  it("keeps a moved paragraph's row, state and version at its new place", async () => {
    const id = await createArticle();
    const before = await rowsOf(id);
    // The approved title to the end, the last paragraph to the start, the fifth to the middle.
    const next = [FRENCH[7], FRENCH[1], FRENCH[2], FRENCH[5], FRENCH[3], FRENCH[4], FRENCH[6], FRENCH[0]];
    const { preview, result } = await update(id, next);
    expect(preview.counts.moved).toBeGreaterThanOrEqual(2);
    expect(result).toMatchObject({ unchanged: 8, outdated: 0, inserted: 0, removed: 0 });
    const after = await rowsOf(id);
    expect(after.map((row) => row.sourceText)).toEqual(next);
    expect(after[7]).toMatchObject({ id: before[0].id, state: "APPROVED", version: before[0].version, targetText: ENGLISH[0] });
    expect(after[0]).toMatchObject({ id: before[7].id, state: "TRANSLATED", version: before[7].version });
    expect((await rowsOf(id, SPANISH_LANG)).map((row) => row.sourceText)).toEqual(next);
  });

  it("carries the English of a split paragraph to its first part and of merged paragraphs to the first, outdated", async () => {
    const id = await createArticle();
    const before = await rowsOf(id);
    const [first, second] = FRENCH[2].split(/(?<=\.) /);
    const next = [FRENCH[0], FRENCH[1], first, second, FRENCH[3], FRENCH[4], `${FRENCH[5]} ${FRENCH[6]}`, FRENCH[7]];
    const { preview, result } = await update(id, next);
    expect(preview.counts).toMatchObject({ split: 1, merged: 1 });
    expect(result).toEqual({ sourceRevision: 2, unchanged: 5, outdated: 2, inserted: 1, removed: 1 });
    const after = await rowsOf(id);
    expect(after.map((row) => row.sourceText)).toEqual(next);
    expect(after[2]).toMatchObject({ id: before[2].id, state: "OUTDATED", targetText: ENGLISH[2], previousSourceText: FRENCH[2] });
    expect(after[3]).toMatchObject({ state: "UNTRANSLATED", targetText: "" });
    expect(after[6]).toMatchObject({ id: before[5].id, state: "OUTDATED", targetText: ENGLISH[5], previousSourceText: `${FRENCH[5]}\n\n${FRENCH[6]}` });
    expect(await db.segment.findUniqueOrThrow({ where: { id: before[6].id } })).toMatchObject({ removedInRevision: 2 });
  });

  it("refuses a change of whitespace only and writes nothing", async () => {
    const id = await createArticle();
    const counts = await countAll(id);
    const spaced = FRENCH.map((paragraph) => paragraph.replace(" ", "  "));
    const preview = await previewSourceUpdate({ actor: reviewer, input: { documentId: id, source: text(spaced) } });
    expect(preview).toMatchObject({ isUnchanged: true, counts: { unchanged: 8, edited: 0 } });
    const input = { documentId: id, source: text(spaced), links: preview.links.map(({ old, new: news }) => ({ old, new: news })), baseRevision: 1 };
    await expectRefusal(updateSource({ actor: reviewer, input }), "INVALID_IMPORT", { reason: "source-unchanged" });
    expect(await countAll(id)).toEqual(counts);
  });

  it("records a typo-level change without invalidating the translations", async () => {
    const id = await createArticle();
    const before = await rowsOf(id);
    const next = [...FRENCH];
    next[1] = FRENCH[1].replace("réunis", "réunies");
    const { result } = await update(id, next, { isMinor: true });
    expect(result).toEqual({ sourceRevision: 2, unchanged: 7, outdated: 0, inserted: 0, removed: 0 });
    const after = await rowsOf(id);
    expect(after[1]).toMatchObject({ sourceText: next[1], state: "TRANSLATED", previousSourceText: null, sourceRevision: 2, version: before[1].version + 1 });
    const revision = await db.revision.findFirstOrThrow({ where: { segmentId: after[1].id, reason: { in: ["SOURCE", "SOURCE_MINOR"] } } });
    expect(revision).toMatchObject({ reason: "SOURCE_MINOR", before: FRENCH[1], after: next[1] });
    expect(await db.sourceRevision.findFirstOrThrow({ where: { documentId: id, number: 2 } })).toMatchObject({ isMinor: true });
  });

  it("refuses the English given as the new French, an empty file, and another article unless confirmed", async () => {
    const id = await createArticle();
    const counts = await countAll(id);
    const englishPreview = await previewSourceUpdate({ actor: reviewer, input: { documentId: id, source: text(ENGLISH) } });
    expect(englishPreview.looksEnglish).toBe(true);
    const links = (preview: { links: { old: number[]; new: number[] }[] }) => preview.links.map(({ old, new: news }) => ({ old, new: news }));
    await expectRefusal(
      updateSource({ actor: reviewer, input: { documentId: id, source: text(ENGLISH), links: links(englishPreview), baseRevision: 1, confirmDifferentArticle: true } }),
      "INVALID_IMPORT",
      { reason: "source-is-english" },
    );
    await expectRefusal(previewSourceUpdate({ actor: reviewer, input: { documentId: id, source: text(["  "]) } }), "INVALID_IMPORT", { reason: "empty-source" });
    await expectRefusal(
      updateSource({ actor: reviewer, input: { documentId: id, source: { content: "", encoding: "base64" }, links: [], baseRevision: 1 } }),
      "INVALID_IMPORT",
      { reason: "empty-source" },
    );

    const other = [
      "La sécheresse menace les récoltes dans le sud du pays",
      "Les agriculteurs demandent une aide d'urgence au gouvernement après trois mois sans pluie.",
      "Le ministre doit se rendre sur place jeudi pour rencontrer les syndicats.",
    ];
    const otherPreview = await previewSourceUpdate({ actor: reviewer, input: { documentId: id, source: text(other) } });
    expect(otherPreview).toMatchObject({ isDifferentArticle: true, looksEnglish: false });
    const input = { documentId: id, source: text(other), links: links(otherPreview), baseRevision: 1 };
    await expectRefusal(updateSource({ actor: reviewer, input }), "INVALID_IMPORT", { reason: "different-article" });
    expect(await countAll(id)).toEqual(counts);
    const confirmed = await updateSource({ actor: reviewer, input: { ...input, confirmDifferentArticle: true } });
    expect(confirmed).toEqual({ sourceRevision: 2, unchanged: 0, outdated: 0, inserted: 3, removed: 8 });
  });

  it("answers NOT_FOUND for a document that does not exist, FORBIDDEN without the import right, and refuses a bad pairing", async () => {
    await expectRefusal(previewSourceUpdate({ actor: reviewer, input: { documentId: "missing", source: text(FRENCH) } }), "NOT_FOUND", {});
    await expectRefusal(updateSource({ actor: reviewer, input: { documentId: "missing", source: text(FRENCH), links: [], baseRevision: 1 } }), "NOT_FOUND", {});
    const id = await createArticle();
    const publisher = await createActor("PUBLISHER");
    await expect(previewSourceUpdate({ actor: publisher, input: { documentId: id, source: text(FRENCH) } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expectRefusal(
      previewSourceUpdate({ actor: reviewer, input: { documentId: id, source: text(FRENCH), links: [{ old: [0], new: [0] }] } }),
      "INVALID_INPUT",
      { field: "links", reason: "MISSING" },
    );
  });

  it("refuses an account limited to some of the article's languages: the update would change the others", async () => {
    const id = await createArticle();
    const limited: Actor = { ...translator, targetLangs: [SPANISH_LANG] };
    const next = [...FRENCH];
    next[4] = edit(FRENCH[4]);
    const before = await countAll(id);
    await expect(update(id, next, { actor: limited })).rejects.toMatchObject({ code: "LANGUAGE_NOT_ALLOWED" });
    expect(await countAll(id)).toEqual(before);
    const everyLanguage: Actor = { ...translator, targetLangs: ["en", SPANISH_LANG] };
    const { result } = await update(id, next, { actor: everyLanguage });
    expect(result.sourceRevision).toBe(2);
    expect((await rowsOf(id))[4]).toMatchObject({ state: "OUTDATED" });
  });
});

describe("a source update while people edit", () => {
  it("answers 409 to a save based on the version before the update, losing neither", async () => {
    const id = await createArticle();
    const [, , paragraph] = (await getDocument({ actor: translator, documentId: id })).segments;
    const next = [...FRENCH];
    next[2] = FRENCH[2].replace("douze", "treize");
    await update(id, next);
    const save = saveSegment({ actor: translator, input: { segmentId: paragraph.id, targetText: "My pending edit", version: paragraph.version } });
    await expect(save).rejects.toMatchObject({ code: "CONFLICT", details: { current: expect.objectContaining({ sourceText: next[2], state: "OUTDATED" }) } });
    expect(await db.segment.findUniqueOrThrow({ where: { id: paragraph.id } })).toMatchObject({ sourceText: next[2], targetText: ENGLISH[2], state: "OUTDATED" });
    // Saving again from the current version ends the outdated state and clears the French diff.
    const current = await db.segment.findUniqueOrThrow({ where: { id: paragraph.id } });
    await saveSegment({ actor: translator, input: { segmentId: paragraph.id, targetText: "My pending edit", version: current.version } });
    expect(await db.segment.findUniqueOrThrow({ where: { id: paragraph.id } })).toMatchObject({ state: "TRANSLATED", previousSourceText: null, targetText: "My pending edit" });
  });

  it("answers 409 to an update based on a revision that is no longer current", async () => {
    const id = await createArticle();
    const first = [...FRENCH];
    first[1] = edit(FRENCH[1]);
    const stale = await previewSourceUpdate({ actor: reviewer, input: { documentId: id, source: text(first) } });
    await update(id, first);
    const counts = await countAll(id);
    const input = { documentId: id, source: text(first), links: stale.links.map(({ old, new: news }) => ({ old, new: news })), baseRevision: stale.currentRevision };
    await expect(updateSource({ actor: reviewer, input })).rejects.toMatchObject({ code: "CONFLICT", params: { entity: "source" } });
    expect(await countAll(id)).toEqual(counts);
  });
});

describe("publishing after a source update", () => {
  it("blocks on outdated paragraphs until confirmed, then records the revision it translates", async () => {
    const id = await createArticle();
    const publisher = await createActor("PUBLISHER");
    for (const segment of (await getDocument({ actor: reviewer, documentId: id })).segments) {
      if (segment.state !== "APPROVED") await reviewSegment({ actor: reviewer, input: { segmentId: segment.id, action: "approve", version: segment.version } });
    }
    const first = await publishDocument({ actor: publisher, input: { documentId: id } });
    expect(first.sourceRevision).toBe(1);

    const next = [...FRENCH];
    next[5] = edit(FRENCH[5]);
    await update(id, next);
    const listed = (await listDocuments({ actor: publisher })).documents.find((document) => document.id === id);
    expect(listed?.isSourceUpdatedSincePublication).toBe(true);
    const checklist = await getPublishChecklist({ actor: publisher, documentId: id });
    expect(checklist.items.find((item) => item.code === "outdated")).toEqual({ code: "outdated", isOk: false, paragraphs: [6] });
    await expect(publishDocument({ actor: publisher, input: { documentId: id } })).rejects.toMatchObject({ code: "PUBLISH_BLOCKED" });

    const outdated = (await getDocument({ actor: reviewer, documentId: id })).segments[5];
    expect(outdated.state).toBe("OUTDATED");
    // "Still right": the reviewer approves the English as it is.
    await reviewSegment({ actor: reviewer, input: { segmentId: outdated.id, action: "approve", version: outdated.version } });
    expect((await getPublishChecklist({ actor: publisher, documentId: id })).items.find((item) => item.code === "outdated")?.isOk).toBe(true);
    const second = await publishDocument({ actor: publisher, input: { documentId: id } });
    expect(second.sourceRevision).toBe(2);
    const relisted = (await listDocuments({ actor: publisher })).documents.find((document) => document.id === id);
    expect(relisted?.isSourceUpdatedSincePublication).toBe(false);
  });
});

describe("a source update and a new language at the same time", () => {
  it("reaches a language added after the preview: the update reads the article again", async () => {
    const id = await createArticle();
    const changed = [...FRENCH];
    changed[1] = `${FRENCH[1]} Mise à jour.`;
    const preview = await previewSourceUpdate({ actor: reviewer, input: { documentId: id, source: text(changed) } });
    await addTranslation({ actor: reviewer, input: { documentId: id, lang: "de" } });
    await updateSource({
      actor: reviewer,
      input: { documentId: id, source: text(changed), links: preview.links.map((link) => ({ old: link.old, new: link.new })), baseRevision: preview.currentRevision },
    });
    expect((await rowsOf(id, "de"))[1]).toMatchObject({ sourceText: changed[1], sourceRevision: 2 });
  });

  it("refuses to write when a language was added between reading the article and writing it, writing nothing", async () => {
    const id = await createArticle();
    const changed = [...FRENCH];
    changed[1] = `${FRENCH[1]} Mise à jour.`;
    const current = await loadCurrentParagraphs(db, id);
    const prepared = await readSourceFile({ oldParagraphs: current.paragraphs.map((paragraph) => paragraph.sourceText), source: text(changed) });
    await addTranslation({ actor: reviewer, input: { documentId: id, lang: "de" } });
    const before = await countAll(id);
    await expect(
      db.$transaction((tx) => applySourceUpdate(tx, { actor: reviewer, documentId: id, baseRevision: current.sourceRevision, old: current.paragraphs, prepared, isMinor: false })),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await countAll(id)).toEqual(before);
  });

  it("refuses translations aligned to an older French: they would land on other paragraphs", async () => {
    const id = await createArticle();
    const file = FRENCH.map((_, index) => `DE ${index}`).join("\n\n");
    const proposal = await previewTranslation({ actor: reviewer, input: { documentId: id, lang: "de", target: { content: file } } });
    const changed = [...FRENCH];
    changed.splice(2, 1);
    changed.splice(4, 0, "Un paragraphe tout à fait nouveau sur le budget municipal de la ville.");
    await update(id, changed);
    await expect(
      addTranslation({ actor: reviewer, input: { documentId: id, lang: "de", targets: proposal.rows.map((row) => row.targetText), sourceRevision: proposal.sourceRevision } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.translation.count({ where: { documentId: id, lang: "de" } })).toBe(0);
  });
});
