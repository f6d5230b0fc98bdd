import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { addComment } from "@/server/services/comments/add-comment";
import { listComments } from "@/server/services/comments/list-comments";
import { setCommentResolved } from "@/server/services/comments/set-comment-resolved";
import { undoBatch } from "@/server/services/batches/undo-batch";
import { bulkApproveSegments } from "@/server/services/review/bulk-approve-segments";
import { previewBulkApproval } from "@/server/services/review/preview-bulk-approval";
import { getDocument } from "@/server/services/documents/get-document";
import { saveSegment } from "@/server/services/segments/save-segment";
import { createActor } from "./support/actors";
import { createSmallDocument } from "./support/documents";
import { createDocument } from "@/server/services/documents/create-document";
import { listDocumentActivity } from "@/server/services/documents/list-document-activity";

describe("comments", () => {
  it("keeps threads with replies, and resolving and reopening changes the open count", async () => {
    const { monday } = await createSmallDocument();
    const [translator, reviewer, publisher] = [await createActor("TRANSLATOR"), await createActor("REVIEWER"), await createActor("PUBLISHER")];
    const thread = await addComment({ actor: reviewer, input: { segmentId: monday.id, body: "Is it Monday the 6th?" } });
    const reply = await addComment({ actor: translator, input: { segmentId: monday.id, body: "Yes, December 6.", parentId: thread.id } });
    expect(reply.parentId).toBe(thread.id);
    // A reply to a reply joins the same thread.
    const nested = await addComment({ actor: publisher, input: { segmentId: monday.id, body: "Thanks.", parentId: reply.id } });
    expect(nested.parentId).toBe(thread.id);

    const openCount = async () => (await getDocument({ actor: publisher, documentId: monday.documentId })).segments[1].openCommentCount;
    expect(await openCount()).toBe(1);
    const resolved = await setCommentResolved({ actor: translator, input: { commentId: thread.id, isResolved: true, version: thread.version } });
    expect(resolved).toMatchObject({ resolvedByName: translator.name });
    expect(await openCount()).toBe(0);

    await expect(setCommentResolved({ actor: reviewer, input: { commentId: thread.id, isResolved: false, version: thread.version } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await setCommentResolved({ actor: reviewer, input: { commentId: thread.id, isResolved: false, version: resolved.version } });
    expect(await openCount()).toBe(1);
    expect((await listComments({ actor: publisher, segmentId: monday.id })).map((c) => c.body)).toEqual([
      "Is it Monday the 6th?",
      "Yes, December 6.",
      "Thanks.",
    ]);
  });

  it("refuses an empty comment and a comment on an unknown paragraph, writing nothing", async () => {
    const { monday } = await createSmallDocument();
    const translator = await createActor("TRANSLATOR");
    const before = await db.comment.count();
    await expect(addComment({ actor: translator, input: { segmentId: monday.id, body: "  " } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(addComment({ actor: translator, input: { segmentId: "nope", body: "Hello" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.comment.count()).toBe(before);
  });
});

describe("bulk approval", () => {
  it("lists the paragraphs that carry warnings, approves without those left out, and records one activity entry", async () => {
    const reviewer = await createActor("REVIEWER");
    const { id: documentId } = await createDocument({
      actor: reviewer,
      input: {
        title: "Warnings",
        pairs: [
          { kind: "TITLE", sourceText: "Titre", targetText: "Title" },
          { kind: "BODY", sourceText: "Un voyage rare.", targetText: "A rare trip." },
          { kind: "BODY", sourceText: "Il est arrivé lundi.", targetText: "He arrived  on Monday." },
        ],
      },
    });
    const preview = await previewBulkApproval({ actor: reviewer, documentId });
    expect(preview.segments).toHaveLength(3);
    expect(preview.withWarnings).toHaveLength(1);
    expect(preview.withWarnings[0]).toMatchObject({ paragraph: 3, checkIds: ["double-space"] });

    const leftOut = preview.withWarnings[0].id;
    const result = await bulkApproveSegments({ actor: reviewer, input: { documentId, segments: preview.segments.filter((s) => s.id !== leftOut) } });
    expect(result).toMatchObject({ approved: 2, skipped: 0 });
    const document = await getDocument({ actor: reviewer, documentId });
    expect(document.segments.map((s) => s.state)).toEqual(["APPROVED", "APPROVED", "TRANSLATED"]);

    const events = await db.auditEvent.findMany({ where: { documentId, action: { in: ["segment.approved", "segment.bulk-approved"] } }, select: { action: true, data: true } });
    expect(events.map((e) => e.action)).toEqual(["segment.bulk-approved"]);
    expect(JSON.parse(events[0].data)).toMatchObject({ batchId: result.batchId, count: 2, paragraphs: [1, 2] });
    const [latest] = await listDocumentActivity({ actor: reviewer, documentId });
    expect(latest).toMatchObject({ action: "segment.bulk-approved", count: 2, paragraphs: [1, 2], batchId: result.batchId, isUndone: false });
  });

  it("approves every paragraph awaiting review in one batch, skips one changed since the preview, and undoes in one step", async () => {
    const { document, monday, untranslated } = await createSmallDocument();
    const [reviewer, translator] = [await createActor("REVIEWER"), await createActor("TRANSLATOR")];
    const preview = await previewBulkApproval({ actor: reviewer, documentId: document.id });
    // Title, Monday and Rare await review; the untranslated paragraph and page furniture do not.
    expect(preview.segments).toHaveLength(3);
    expect(preview.segments.map((s) => s.id)).not.toContain(untranslated.id);

    await saveSegment({ actor: translator, input: { segmentId: monday.id, targetText: "Edited after the preview.", version: 1 } });
    const result = await bulkApproveSegments({ actor: reviewer, input: { documentId: document.id, segments: preview.segments } });
    expect(result).toMatchObject({ approved: 2, skipped: 1 });
    const states = async () => (await getDocument({ actor: reviewer, documentId: document.id })).segments.map((s) => s.state);
    expect(await states()).toEqual(["APPROVED", "TRANSLATED", "APPROVED", "UNTRANSLATED", "EXCLUDED"]);

    if (!result.batchId) throw new Error("no batch");
    await expect(undoBatch({ actor: reviewer, input: { batchId: result.batchId } })).resolves.toEqual({ restored: 2, skipped: 0 });
    expect(await states()).toEqual(["TRANSLATED", "TRANSLATED", "TRANSLATED", "UNTRANSLATED", "EXCLUDED"]);
  });

  it("undo leaves alone a paragraph someone changed after the batch", async () => {
    const { document, title } = await createSmallDocument();
    const reviewer = await createActor("REVIEWER");
    const preview = await previewBulkApproval({ actor: reviewer, documentId: document.id });
    const { batchId } = await bulkApproveSegments({ actor: reviewer, input: { documentId: document.id, segments: preview.segments } });
    const latest = await db.segment.findUniqueOrThrow({ where: { id: title.id }, select: { version: true } });
    await saveSegment({ actor: reviewer, input: { segmentId: title.id, targetText: "Putin in India", version: latest.version } });
    await expect(undoBatch({ actor: reviewer, input: { batchId } })).resolves.toEqual({ restored: 2, skipped: 1 });
    const titleNow = await db.segment.findUniqueOrThrow({ where: { id: title.id }, select: { targetText: true } });
    expect(titleNow.targetText).toBe("Putin in India");
  });

  it("undo goes through the write path: each restored paragraph gets a new version and its state change, one audit event for the batch", async () => {
    const { document, title, monday, rare } = await createSmallDocument();
    const reviewer = await createActor("REVIEWER");
    const preview = await previewBulkApproval({ actor: reviewer, documentId: document.id });
    const { batchId } = await bulkApproveSegments({ actor: reviewer, input: { documentId: document.id, segments: preview.segments } });
    if (!batchId) throw new Error("no batch");
    // A paragraph edited after the batch keeps its newer work, and the undo writes nothing for it.
    await saveSegment({ actor: reviewer, input: { segmentId: title.id, targetText: "Putin in India", version: 2 } });
    const auditBefore = await db.auditEvent.count({ where: { documentId: document.id } });

    await expect(undoBatch({ actor: reviewer, input: { batchId } })).resolves.toEqual({ restored: 2, skipped: 1 });

    const undo = await db.stateChange.findMany({
      where: { segment: { documentId: document.id }, batchId: { not: batchId }, fromState: "APPROVED" },
      orderBy: { segment: { position: "asc" } },
      select: { segmentId: true, toState: true, segmentVersion: true, actorId: true, batchId: true },
    });
    expect(undo.map(({ segmentId, toState, segmentVersion, actorId }) => ({ segmentId, toState, segmentVersion, actorId }))).toEqual([
      { segmentId: monday.id, toState: "TRANSLATED", segmentVersion: 3, actorId: reviewer.id },
      { segmentId: rare.id, toState: "TRANSLATED", segmentVersion: 3, actorId: reviewer.id },
    ]);
    // The undo is a batch of its own.
    expect(new Set(undo.map((change) => change.batchId)).size).toBe(1);
    expect(undo[0].batchId).not.toBeNull();
    const versions = await db.segment.findMany({ where: { id: { in: [title.id, monday.id, rare.id] } }, orderBy: { position: "asc" }, select: { state: true, version: true, targetText: true } });
    expect(versions).toEqual([
      { state: "TRANSLATED", version: 3, targetText: "Putin in India" },
      { state: "TRANSLATED", version: 3, targetText: "He is in New Delhi this Monday." },
      { state: "TRANSLATED", version: 3, targetText: "A rare trip." },
    ]);
    expect(await db.stateChange.count({ where: { segmentId: title.id } })).toBe(2);
    expect(await db.auditEvent.count({ where: { documentId: document.id } })).toBe(auditBefore + 1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { documentId: document.id, action: "segment.batch-undone" }, select: { data: true } });
    expect(JSON.parse(audit.data)).toEqual({ batchId, count: 2, skipped: 1 });
  });

  it.each(["TRANSLATOR", "PUBLISHER"] as const)("refuses a %s", async (role) => {
    const { document } = await createSmallDocument();
    const actor = await createActor(role);
    await expect(previewBulkApproval({ actor, documentId: document.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(bulkApproveSegments({ actor, input: { documentId: document.id, segments: [] } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.stateChange.count({ where: { toState: "APPROVED", segment: { documentId: document.id } } })).toBe(0);
  });
});
