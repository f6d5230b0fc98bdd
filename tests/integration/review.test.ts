import { describe, expect, it } from "vitest";
import type { Role } from "@/domain/users/roles";
import { db } from "@/server/db";
import { reviewSegment } from "@/server/services/review/review-segment";
import { revertSegment } from "@/server/services/segments/revert-segment";
import { saveSegment } from "@/server/services/segments/save-segment";
import { getSegmentHistory } from "@/server/services/segments/get-segment-history";
import { listDocumentActivity } from "@/server/services/documents/list-document-activity";
import { listComments } from "@/server/services/comments/list-comments";
import { countRows, createActor } from "./support/actors";
import { createSmallDocument } from "./support/documents";

const historyRows = async () => ({ ...(await countRows()), stateChanges: await db.stateChange.count(), comments: await db.comment.count() });

describe("saveSegment", () => {
  it("saves a translator's edit with an EDIT revision and an audit event, keeping it in review", async () => {
    const { monday } = await createSmallDocument();
    const translator = await createActor("TRANSLATOR");
    const { segment } = await saveSegment({
      actor: translator,
      input: { segmentId: monday.id, targetText: "He is in New Delhi on Monday.", version: monday.version },
    });
    expect(segment).toMatchObject({ targetText: "He is in New Delhi on Monday.", state: "TRANSLATED", version: 2, lastEditorName: translator.name });
    const revision = await db.revision.findFirst({ where: { segmentId: monday.id, reason: "EDIT" }, select: { before: true, after: true, authorId: true } });
    expect(revision).toEqual({ before: "He is in New Delhi this Monday.", after: "He is in New Delhi on Monday.", authorId: translator.id });
    expect(await db.auditEvent.count({ where: { entityId: monday.id, action: "segment.edited" } })).toBe(1);
  });

  it("turns a new translation into a DRAFT, and Ctrl+Enter (submit) into TRANSLATED", async () => {
    const { untranslated } = await createSmallDocument();
    const translator = await createActor("TRANSLATOR");
    const draft = await saveSegment({ actor: translator, input: { segmentId: untranslated.id, targetText: "No doubt", version: 1 } });
    expect(draft.segment.state).toBe("DRAFT");
    const submitted = await saveSegment({
      actor: translator,
      input: { segmentId: untranslated.id, targetText: "No doubt Modi will make gestures of friendship.", version: 2, submit: true },
    });
    expect(submitted.segment).toMatchObject({ state: "TRANSLATED", version: 3 });
    const states = await db.stateChange.findMany({ where: { segmentId: untranslated.id }, orderBy: { segmentVersion: "asc" }, select: { fromState: true, toState: true } });
    expect(states).toEqual([
      { fromState: "UNTRANSLATED", toState: "DRAFT" },
      { fromState: "DRAFT", toState: "TRANSLATED" },
    ]);
  });

  it("records a reviewer's correction as REVIEW_EDIT, and editing an approved paragraph sends it back to review", async () => {
    const { monday } = await createSmallDocument();
    const reviewer = await createActor("REVIEWER");
    const approved = await reviewSegment({ actor: reviewer, input: { action: "approve", segmentId: monday.id, version: 1 } });
    expect(approved.segment.state).toBe("APPROVED");
    const edited = await saveSegment({ actor: reviewer, input: { segmentId: monday.id, targetText: "He is in New Delhi on Monday, December 6.", version: 2 } });
    expect(edited.segment.state).toBe("TRANSLATED");
    expect(await db.revision.count({ where: { segmentId: monday.id, reason: "REVIEW_EDIT" } })).toBe(1);
  });

  it("refuses a publisher (403) and writes nothing", async () => {
    const { monday } = await createSmallDocument();
    const publisher = await createActor("PUBLISHER");
    const before = await historyRows();
    await expect(saveSegment({ actor: publisher, input: { segmentId: monday.id, targetText: "x", version: 1 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await historyRows()).toEqual(before);
  });

  it("refuses to edit page furniture until a reviewer includes it", async () => {
    const { advertising } = await createSmallDocument();
    const translator = await createActor("TRANSLATOR");
    await expect(saveSegment({ actor: translator, input: { segmentId: advertising.id, targetText: "Ad", version: 1 } })).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
      params: { refusal: "excluded-segment" },
    });
  });

  it("answers NOT_FOUND for an unknown paragraph", async () => {
    const translator = await createActor("TRANSLATOR");
    await expect(saveSegment({ actor: translator, input: { segmentId: "nope", targetText: "x", version: 1 } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps the first of two concurrent edits and refuses the second with 409 and both texts", async () => {
    const { rare } = await createSmallDocument();
    const [alice, bob] = [await createActor("TRANSLATOR"), await createActor("TRANSLATOR")];
    // Both loaded version 1; Alice saves first.
    await saveSegment({ actor: alice, input: { segmentId: rare.id, targetText: "An unusual trip.", version: 1 } });
    const before = await historyRows();
    const refusal = await saveSegment({ actor: bob, input: { segmentId: rare.id, targetText: "A rare journey.", version: 1 } }).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: "CONFLICT", status: 409, details: { current: { targetText: "An unusual trip.", version: 2, lastEditorName: alice.name } } });
    expect(await historyRows()).toEqual(before);
    // Bob keeps his text on top of Alice's version: nothing is lost, both are in the history.
    await saveSegment({ actor: bob, input: { segmentId: rare.id, targetText: "A rare journey.", version: 2 } });
    const texts = (await getSegmentHistory({ actor: bob, segmentId: rare.id })).flatMap((e) => (e.type === "revision" ? [e.after] : []));
    expect(texts).toEqual(["A rare journey.", "An unusual trip.", "A rare trip."]);
  });

  it("never loses an acknowledged save when many are sent at once", async () => {
    const { rare } = await createSmallDocument();
    const editors = await Promise.all(Array.from({ length: 8 }, () => createActor("TRANSLATOR")));
    const outcomes = await Promise.allSettled(
      editors.map((actor, i) => saveSegment({ actor, input: { segmentId: rare.id, targetText: `Version ${i}`, version: 1 } })),
    );
    const accepted = outcomes.filter((o) => o.status === "fulfilled");
    expect(accepted).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === "rejected").every((o) => (o as PromiseRejectedResult).reason.code === "CONFLICT")).toBe(true);
    const winner = (accepted[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof saveSegment>>>).value.segment.targetText;
    const stored = await db.segment.findUniqueOrThrow({ where: { id: rare.id }, select: { targetText: true, version: true } });
    expect(stored).toEqual({ targetText: winner, version: 2 });
  });
});

describe("reviewSegment", () => {
  const cases: [Role, "approve" | "reject" | "exclude" | "submit", boolean][] = [
    ["TRANSLATOR", "submit", true],
    ["TRANSLATOR", "approve", false],
    ["TRANSLATOR", "reject", false],
    ["TRANSLATOR", "exclude", false],
    ["REVIEWER", "approve", true],
    ["REVIEWER", "reject", true],
    ["REVIEWER", "exclude", true],
    ["PUBLISHER", "approve", false],
    ["PUBLISHER", "reject", false],
    ["PUBLISHER", "submit", false],
    ["ADMIN", "approve", true],
    ["ADMIN", "exclude", true],
  ];

  it.each(cases)("a %s may %s: %s", async (role, action, isAllowed) => {
    const { untranslated, monday } = await createSmallDocument();
    const actor = await createActor(role);
    const target = action === "submit" ? untranslated : monday;
    if (action === "submit") {
      const writer = await createActor("TRANSLATOR");
      await saveSegment({ actor: writer, input: { segmentId: target.id, targetText: "Draft text.", version: 1 } });
    }
    const version = action === "submit" ? 2 : 1;
    const input = { action, segmentId: target.id, version, ...(action === "reject" ? { reason: "Wrong tense" } : {}) };
    const before = await historyRows();
    if (isAllowed) {
      const { segment } = await reviewSegment({ actor, input });
      expect(segment.state).toBe({ submit: "TRANSLATED", approve: "APPROVED", reject: "REJECTED", exclude: "EXCLUDED" }[action]);
    } else {
      await expect(reviewSegment({ actor, input })).rejects.toMatchObject({ code: "FORBIDDEN", status: 403 });
      expect(await historyRows()).toEqual(before);
    }
  });

  it("requires a reason to reject, and posts the reason as a comment for the translator", async () => {
    const { monday } = await createSmallDocument();
    const reviewer = await createActor("REVIEWER");
    await expect(reviewSegment({ actor: reviewer, input: { action: "reject", segmentId: monday.id, version: 1, reason: "   " } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      params: { field: "reason" },
    });
    const { segment } = await reviewSegment({ actor: reviewer, input: { action: "reject", segmentId: monday.id, version: 1, reason: "Say 'on Monday'" } });
    expect(segment).toMatchObject({ state: "REJECTED", openCommentCount: 1 });
    const comments = await listComments({ actor: await createActor("TRANSLATOR"), segmentId: monday.id });
    expect(comments.map((c) => [c.body, c.authorName])).toEqual([["Say 'on Monday'", reviewer.name]]);
    const change = await db.stateChange.findFirst({ where: { segmentId: monday.id }, select: { comment: true } });
    expect(change?.comment).toBe("Say 'on Monday'");
  });

  it("rejects a rejected paragraph again, keeping the further reason as a comment and in the history", async () => {
    const { monday } = await createSmallDocument();
    const reviewer = await createActor("REVIEWER");
    const first = await reviewSegment({ actor: reviewer, input: { action: "reject", segmentId: monday.id, version: 1, reason: "Say 'on Monday'" } });
    const again = await reviewSegment({ actor: reviewer, input: { action: "reject", segmentId: monday.id, version: first.segment.version, reason: "And New Delhi" } });
    expect(again).toMatchObject({ changed: true, segment: { state: "REJECTED", version: first.segment.version + 1, openCommentCount: 2 } });
    const changes = await db.stateChange.findMany({ where: { segmentId: monday.id }, orderBy: { segmentVersion: "asc" }, select: { fromState: true, toState: true, comment: true } });
    expect(changes).toEqual([
      { fromState: "TRANSLATED", toState: "REJECTED", comment: "Say 'on Monday'" },
      { fromState: "REJECTED", toState: "REJECTED", comment: "And New Delhi" },
    ]);
  });

  it("refuses to approve an untranslated paragraph", async () => {
    const { untranslated } = await createSmallDocument();
    const reviewer = await createActor("REVIEWER");
    await expect(reviewSegment({ actor: reviewer, input: { action: "approve", segmentId: untranslated.id, version: 1 } })).rejects.toMatchObject({
      code: "INVALID_TRANSITION",
    });
  });

  it("includes page furniture again at a reviewer's request", async () => {
    const { advertising } = await createSmallDocument();
    const reviewer = await createActor("REVIEWER");
    const { segment } = await reviewSegment({ actor: reviewer, input: { action: "include", segmentId: advertising.id, version: 1 } });
    expect(segment.state).toBe("TRANSLATED");
  });

  it("refuses a review based on a stale version with 409", async () => {
    const { monday } = await createSmallDocument();
    const translator = await createActor("TRANSLATOR");
    await saveSegment({ actor: translator, input: { segmentId: monday.id, targetText: "Changed meanwhile.", version: 1 } });
    const reviewer = await createActor("REVIEWER");
    await expect(reviewSegment({ actor: reviewer, input: { action: "approve", segmentId: monday.id, version: 1 } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await db.segment.findUniqueOrThrow({ where: { id: monday.id }, select: { state: true } })).state).toBe("TRANSLATED");
  });
});

describe("revertSegment and history", () => {
  it("restores an earlier text as a new REVERT revision and keeps every step in the history", async () => {
    const { monday } = await createSmallDocument();
    const translator = await createActor("TRANSLATOR");
    await saveSegment({ actor: translator, input: { segmentId: monday.id, targetText: "A mistaken edit.", version: 1 } });
    const history = await getSegmentHistory({ actor: translator, segmentId: monday.id });
    const imported = history.find((entry) => entry.type === "revision" && entry.reason === "IMPORT");
    if (!imported || imported.type !== "revision") throw new Error("no import revision");

    const { segment } = await revertSegment({ actor: translator, input: { segmentId: monday.id, revisionId: imported.id, version: 2 } });
    expect(segment).toMatchObject({ targetText: "He is in New Delhi this Monday.", version: 3 });
    const after = await getSegmentHistory({ actor: translator, segmentId: monday.id });
    const revisions = after.flatMap((entry) => (entry.type === "revision" ? [entry.reason] : []));
    expect(revisions).toEqual(["REVERT", "EDIT", "IMPORT"]);
    const edit = after.find((entry) => entry.type === "revision" && entry.reason === "EDIT");
    // The history's diff reads as phrases: the whole rewritten sentence out, the new one in.
    expect(edit && edit.type === "revision" && edit.diff.filter((p) => p.type !== "same").map((p) => `${p.type}:${p.text}`)).toEqual([
      "removed:He is in New Delhi this Monday",
      "added:A mistaken edit",
    ]);
  });

  it("refuses a revision of another paragraph and a publisher", async () => {
    const { monday, rare } = await createSmallDocument();
    const translator = await createActor("TRANSLATOR");
    const [rareImport] = await db.revision.findMany({ where: { segmentId: rare.id }, select: { id: true } });
    await expect(revertSegment({ actor: translator, input: { segmentId: monday.id, revisionId: rareImport.id, version: 1 } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(revertSegment({ actor: await createActor("PUBLISHER"), input: { segmentId: rare.id, revisionId: rareImport.id, version: 1 } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("lists the document's activity newest first, with paragraph numbers", async () => {
    const { document, rare } = await createSmallDocument();
    const reviewer = await createActor("REVIEWER");
    await reviewSegment({ actor: reviewer, input: { action: "approve", segmentId: rare.id, version: 1 } });
    const activity = await listDocumentActivity({ actor: await createActor("PUBLISHER"), documentId: document.id });
    expect(activity[0]).toMatchObject({ action: "segment.approved", actorName: reviewer.name, paragraph: 3, fromState: "TRANSLATED", toState: "APPROVED" });
    expect(activity.at(-1)).toMatchObject({ action: "document.created" });
  });
});

describe("changeSegmentKind", () => {
  it("lets a translator reclassify a paragraph, recorded in the activity, and refuses a publisher and a stale version", async () => {
    const { changeSegmentKind } = await import("@/server/services/segments/change-segment-kind");
    const { document, rare } = await createSmallDocument();
    const translator = await createActor("TRANSLATOR");
    const { segment } = await changeSegmentKind({ actor: translator, input: { segmentId: rare.id, kind: "CREDIT", version: 1 } });
    expect(segment).toMatchObject({ kind: "CREDIT", version: 2, state: "TRANSLATED", targetText: "A rare trip." });
    const activity = await listDocumentActivity({ actor: translator, documentId: document.id });
    expect(activity[0]).toMatchObject({ action: "segment.kind-changed", paragraph: 3 });
    await expect(changeSegmentKind({ actor: translator, input: { segmentId: rare.id, kind: "BODY", version: 1 } })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(changeSegmentKind({ actor: await createActor("PUBLISHER"), input: { segmentId: rare.id, kind: "BODY", version: 2 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(changeSegmentKind({ actor: translator, input: { segmentId: rare.id, kind: "SIDEBAR", version: 2 } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
