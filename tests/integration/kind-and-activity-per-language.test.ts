import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/permissions";
import { loadActor } from "@/server/auth/find-actor";
import { addComment } from "@/server/services/comments/add-comment";
import { undoBatch } from "@/server/services/batches/undo-batch";
import { createDocument } from "@/server/services/documents/create-document";
import { getDocument } from "@/server/services/documents/get-document";
import { listDocumentActivity } from "@/server/services/documents/list-document-activity";
import { bulkApproveSegments } from "@/server/services/review/bulk-approve-segments";
import { previewBulkApproval } from "@/server/services/review/preview-bulk-approval";
import { reviewSegment } from "@/server/services/review/review-segment";
import { changeSegmentKind } from "@/server/services/segments/change-segment-kind";
import { saveSegment } from "@/server/services/segments/save-segment";
import { previewSourceUpdate } from "@/server/services/sources/preview-source-update";
import { updateSource } from "@/server/services/sources/update-source";
import { addTranslation } from "@/server/services/translations/add-translation";
import { updateUserLanguages } from "@/server/services/users/update-user-languages";
import { countRows, createActor } from "./support/actors";

const FRENCH = [
  "Le conseil municipal adopte le budget",
  "Les élus se sont réunis lundi soir à l'hôtel de ville pour examiner le projet de budget.",
  "Photo : la salle du conseil pendant le vote.",
  "L'opposition a dénoncé une hausse des impôts locaux jugée excessive par les commerçants.",
];
const ENGLISH = [
  "The city council adopts the budget",
  "Councillors met on Monday evening at the town hall to examine the draft budget.",
  "Photo: the council chamber during the vote.",
  "The opposition denounced a rise in local taxes that shopkeepers consider excessive.",
];
const SPANISH = [
  "El ayuntamiento aprueba el presupuesto",
  "Los concejales se reunieron el lunes por la noche en el ayuntamiento para examinar el proyecto de presupuesto.",
  "Foto: la sala del pleno durante la votación.",
  "La oposición denunció una subida de los impuestos locales que los comerciantes consideran excesiva.",
];

let admin: Actor;
let reviewer: Actor;
/** A translator who may work on Spanish only. */
let spanishTranslator: Actor;

async function limitTo(account: Actor, targetLangs: string): Promise<Actor> {
  const { version } = await db.user.findUniqueOrThrow({ where: { id: account.id }, select: { version: true } });
  await updateUserLanguages({ actor: admin, input: { userId: account.id, targetLangs, version } });
  const fresh = await loadActor(account.id);
  if (!fresh) throw new Error("account gone");
  return fresh;
}

beforeAll(async () => {
  admin = await createActor("ADMIN");
  reviewer = await createActor("REVIEWER");
  spanishTranslator = await limitTo(await createActor("TRANSLATOR"), "es");
});

/** An article translated into English and Spanish (every paragraph awaiting review in both). */
async function createArticle() {
  const pairs = FRENCH.map((sourceText, index) => ({ kind: index === 0 ? ("TITLE" as const) : ("BODY" as const), sourceText, targetText: ENGLISH[index] }));
  const { id } = await createDocument({ actor: reviewer, input: { title: "Budget", targetLang: "en", pairs } });
  await addTranslation({ actor: reviewer, input: { documentId: id, lang: "es", targets: SPANISH, sourceRevision: 1 } });
  const rows = async (lang: string) => (await getDocument({ actor: reviewer, documentId: id, lang })).segments;
  return { id, english: await rows("en"), spanish: await rows("es") };
}

describe("changing a paragraph's kind", () => {
  it("changes it in every language: the other language's approval is withdrawn, each row has its KIND revision", async () => {
    const { id, english, spanish } = await createArticle();
    // The photo caption was imported as body text; English has it approved already.
    const approved = await reviewSegment({ actor: reviewer, input: { segmentId: english[2].id, action: "approve", version: english[2].version } });
    expect(approved.segment.state).toBe("APPROVED");

    // A translator limited to Spanish fixes the kind from the Spanish editor: the English row follows.
    const { segment } = await changeSegmentKind({ actor: spanishTranslator, input: { segmentId: spanish[2].id, kind: "CAPTION", version: spanish[2].version } });
    expect(segment).toMatchObject({ lang: "es", kind: "CAPTION", state: "TRANSLATED", version: spanish[2].version + 1 });

    const englishAfter = await db.segment.findUniqueOrThrow({ where: { id: english[2].id }, select: { kind: true, state: true, version: true } });
    expect(englishAfter).toEqual({ kind: "CAPTION", state: "TRANSLATED", version: approved.segment.version + 1 });
    const kindRevisions = await db.revision.findMany({
      where: { segmentId: { in: [english[2].id, spanish[2].id] }, reason: "KIND" },
      select: { segmentId: true, before: true, after: true, authorId: true },
      orderBy: { segmentId: "asc" },
    });
    expect(kindRevisions).toEqual(
      [english[2].id, spanish[2].id].sort().map((segmentId) => ({ segmentId, before: "BODY", after: "CAPTION", authorId: spanishTranslator.id })),
    );
    // Only the English row was approved: only it records a withdrawn approval.
    expect(await db.stateChange.findMany({ where: { segmentId: english[2].id, fromState: "APPROVED" }, select: { toState: true } })).toEqual([{ toState: "TRANSLATED" }]);
    expect(await db.stateChange.count({ where: { segmentId: spanish[2].id } })).toBe(0);

    // The other paragraphs keep their kind in both languages.
    const kinds = async (lang: string) => (await getDocument({ actor: reviewer, documentId: id, lang })).segments.map((s) => s.kind);
    expect(await kinds("en")).toEqual(["TITLE", "BODY", "CAPTION", "BODY"]);
    expect(await kinds("es")).toEqual(["TITLE", "BODY", "CAPTION", "BODY"]);
    // The translator still cannot work on the English row itself.
    await expect(
      changeSegmentKind({ actor: spanishTranslator, input: { segmentId: english[2].id, kind: "BODY", version: englishAfter.version } }),
    ).rejects.toMatchObject({ code: "LANGUAGE_NOT_ALLOWED" });
  });

  it("refuses a stale version with a CONFLICT and changes nothing in any language", async () => {
    const { id, english, spanish } = await createArticle();
    await reviewSegment({ actor: reviewer, input: { segmentId: english[3].id, action: "approve", version: english[3].version } });
    await saveSegment({ actor: spanishTranslator, input: { segmentId: spanish[3].id, targetText: "La oposición denunció una subida de impuestos.", version: spanish[3].version } });
    const snapshot = async () => ({
      rows: await db.segment.findMany({ where: { documentId: id }, orderBy: [{ lang: "asc" }, { position: "asc" }], select: { id: true, kind: true, state: true, version: true } }),
      counts: await countRows(),
      stateChanges: await db.stateChange.count(),
    });
    const before = await snapshot();

    await expect(
      changeSegmentKind({ actor: spanishTranslator, input: { segmentId: spanish[3].id, kind: "CAPTION", version: spanish[3].version } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("the activity of a translation", () => {
  let documentId: string;
  let english: Awaited<ReturnType<typeof createArticle>>["english"];
  let spanish: Awaited<ReturnType<typeof createArticle>>["spanish"];

  beforeAll(async () => {
    ({ id: documentId, english, spanish } = await createArticle());
  });

  const feed = (lang: string, actor: Actor = reviewer) => listDocumentActivity({ actor, documentId, lang });
  const actions = async (lang: string) => (await feed(lang)).map((event) => event.action);

  it("shows an English edit, comment and undone bulk approval in English only", async () => {
    await saveSegment({ actor: reviewer, input: { segmentId: english[1].id, targetText: "Councillors met on Monday night.", version: english[1].version } });
    await addComment({ actor: reviewer, input: { segmentId: english[3].id, body: "Which taxes?" } });
    const preview = await previewBulkApproval({ actor: reviewer, documentId, lang: "en" });
    const { batchId } = await bulkApproveSegments({ actor: reviewer, input: { documentId, lang: "en", segments: preview.segments } });
    if (!batchId) throw new Error("nothing approved");
    await undoBatch({ actor: reviewer, input: { batchId } });

    const inEnglish = await feed("en");
    // The bulk approval is one entry naming its paragraphs, not one per paragraph.
    expect(inEnglish.slice(0, 3).map((event) => event.action)).toEqual(["segment.batch-undone", "segment.bulk-approved", "comment.added"]);
    expect(inEnglish[1]).toMatchObject({ count: preview.segments.length, batchId, isUndone: true });
    expect(inEnglish[1].paragraphs).toHaveLength(preview.segments.length);
    expect(inEnglish.map((event) => event.action)).toEqual(expect.arrayContaining(["segment.edited", "comment.added", "document.created"]));
    expect(inEnglish.find((event) => event.action === "segment.edited")).toMatchObject({ segmentId: english[1].id, paragraph: 2 });

    const inSpanish = await feed("es");
    expect(inSpanish.map((event) => event.action)).toEqual(["translation.added"]);
    expect(inSpanish.map((event) => event.segmentId).filter(Boolean)).toEqual([]);
  });

  it("shows a Spanish edit in Spanish only, and a language added and a new French version in both", async () => {
    await saveSegment({ actor: spanishTranslator, input: { segmentId: spanish[0].id, targetText: "El pleno aprueba el presupuesto", version: spanish[0].version } });
    const changed = [...FRENCH];
    changed[1] = FRENCH[1].replace(/\.$/, ", a précisé la mairie.");
    const source = { content: changed.join("\n\n"), encoding: "text" as const, format: "text" as const };
    const preview = await previewSourceUpdate({ actor: reviewer, input: { documentId, source } });
    await updateSource({
      actor: reviewer,
      input: { documentId, source, links: preview.links.map((link) => ({ old: link.old, new: link.new })), baseRevision: preview.currentRevision, isMinor: false, confirmDifferentArticle: false },
    });

    const inSpanish = await feed("es");
    expect(inSpanish.map((event) => event.action)).toEqual(["document.source-updated", "segment.edited", "translation.added"]);
    expect(inSpanish[0]).toMatchObject({ number: 2, segmentId: null, lang: null });
    expect(inSpanish[2]).toMatchObject({ lang: "es", count: FRENCH.length });
    const inEnglish = await actions("en");
    expect(inEnglish[0]).toBe("document.source-updated");
    expect(inEnglish).toContain("translation.added");
    expect(inEnglish.filter((action) => action === "segment.edited")).toHaveLength(1);
  });

  it("refuses the English feed to an account limited to Spanish, and an unknown language", async () => {
    await expect(feed("es", spanishTranslator)).resolves.not.toHaveLength(0);
    await expect(feed("en", spanishTranslator)).rejects.toMatchObject({ code: "LANGUAGE_NOT_ALLOWED" });
    await expect(feed("de")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
