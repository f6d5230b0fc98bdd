import { describe, expect, it } from "vitest";
import type { SegmentState } from "@/domain/workflow/segment-state";
import { db } from "@/server/db";
import { createDocument } from "@/server/services/documents/create-document";
import { getDocument } from "@/server/services/documents/get-document";
import { reviewSegment } from "@/server/services/review/review-segment";
import { changeSegmentKind } from "@/server/services/segments/change-segment-kind";
import { getSegmentHistory } from "@/server/services/segments/get-segment-history";
import { revertSegment } from "@/server/services/segments/revert-segment";
import { createActor } from "./support/actors";
import { createSmallDocument } from "./support/documents";

const filePairs: { state: SegmentState; targetText: string }[] = [
  { state: "APPROVED", targetText: "Putin in India" },
  { state: "REJECTED", targetText: "A rare trip." },
  { state: "EXCLUDED", targetText: "He is in New Delhi." },
  { state: "DRAFT", targetText: "Modi will be friendly." },
];
const pairs = filePairs.map(({ state, targetText }, index) => ({ kind: "BODY" as const, sourceText: `Paragraphe ${index}.`, targetText, state }));

describe("the states an import creates", () => {
  it("are decided from the importer's role: a translator's file cannot approve, reject or exclude", async () => {
    const translator = await createActor("TRANSLATOR");
    const { id } = await createDocument({ actor: translator, input: { title: "Approved by a file", pairs } });
    const { segments } = await getDocument({ actor: translator, documentId: id });
    expect(segments.map((s) => s.state)).toEqual(["TRANSLATED", "TRANSLATED", "TRANSLATED", "DRAFT"]);
    expect(await db.segment.count({ where: { documentId: id, state: "APPROVED" } })).toBe(0);
  });

  it.each(["REVIEWER", "ADMIN"] as const)("keep the file's states for a %s, who may set them", async (role) => {
    const actor = await createActor(role);
    const { id } = await createDocument({ actor, input: { title: "Reviewed file", pairs } });
    expect((await getDocument({ actor, documentId: id })).segments.map((s) => s.state)).toEqual(["APPROVED", "REJECTED", "EXCLUDED", "DRAFT"]);
  });
});

describe("changing a paragraph's kind", () => {
  it("sends an approved paragraph back to review and records a KIND revision, shown in the history", async () => {
    const { rare } = await createSmallDocument();
    const reviewer = await createActor("REVIEWER");
    const translator = await createActor("TRANSLATOR");
    const approved = await reviewSegment({ actor: reviewer, input: { action: "approve", segmentId: rare.id, version: rare.version } });
    expect(approved.segment.state).toBe("APPROVED");

    const { segment } = await changeSegmentKind({ actor: translator, input: { segmentId: rare.id, kind: "CAPTION", version: approved.segment.version } });
    expect(segment).toMatchObject({ kind: "CAPTION", state: "TRANSLATED", targetText: "A rare trip." });
    const revision = await db.revision.findFirst({ where: { segmentId: rare.id, reason: "KIND" }, select: { id: true, before: true, after: true, authorId: true, segmentVersion: true } });
    expect(revision).toMatchObject({ before: "BODY", after: "CAPTION", authorId: translator.id, segmentVersion: segment.version });
    const move = await db.stateChange.findFirst({ where: { segmentId: rare.id, segmentVersion: segment.version }, select: { fromState: true, toState: true } });
    expect(move).toEqual({ fromState: "APPROVED", toState: "TRANSLATED" });

    const history = await getSegmentHistory({ actor: translator, segmentId: rare.id });
    expect(history.slice(0, 2)).toMatchObject([
      { type: "state", fromState: "APPROVED", toState: "TRANSLATED" },
      { type: "kind", fromKind: "BODY", toKind: "CAPTION", authorName: translator.name },
    ]);
    // The text is unchanged: no text revision, and the kind's record is not a text to restore.
    expect(history.filter((entry) => entry.type === "revision").map((entry) => entry.type === "revision" && entry.reason)).toEqual(["IMPORT"]);
    await expect(revertSegment({ actor: translator, input: { segmentId: rare.id, revisionId: revision!.id, version: segment.version } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.segment.findUniqueOrThrow({ where: { id: rare.id }, select: { targetText: true } })).targetText).toBe("A rare trip.");
  });

  it("keeps a paragraph awaiting review where it is, still recording the change", async () => {
    const { monday } = await createSmallDocument();
    const translator = await createActor("TRANSLATOR");
    const { segment } = await changeSegmentKind({ actor: translator, input: { segmentId: monday.id, kind: "TITLE", version: monday.version } });
    expect(segment).toMatchObject({ kind: "TITLE", state: "TRANSLATED" });
    expect(await db.stateChange.count({ where: { segmentId: monday.id } })).toBe(0);
    expect(await db.revision.count({ where: { segmentId: monday.id, reason: "KIND" } })).toBe(1);
  });
});
