import { beforeAll, describe, expect, it } from "vitest";
import { parseXliff } from "@/domain/interchange/parse-xliff";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/permissions";
import { createDocument } from "@/server/services/documents/create-document";
import { getDocument } from "@/server/services/documents/get-document";
import { getDashboard } from "@/server/services/dashboard/get-dashboard";
import { exportDocument } from "@/server/services/publishing/export-document";
import { getPublishChecklist } from "@/server/services/publishing/get-publish-checklist";
import { publishDocument } from "@/server/services/publishing/publish-document";
import { dismissFinding } from "@/server/services/quality/dismiss-finding";
import { getQualitySettings } from "@/server/services/quality/get-quality-settings";
import { updateQualitySettings } from "@/server/services/quality/update-quality-settings";
import { reviewSegment } from "@/server/services/review/review-segment";
import { saveSegment } from "@/server/services/segments/save-segment";
import { typeCorrection } from "@/server/services/quality/type-correction";
import { countRows, createActor } from "./support/actors";

// 20 French words: 3 in the title, 11 and 6 in the body.
const PAIRS = [
  { kind: "TITLE" as const, sourceText: "Poutine en Inde", targetText: "" },
  { kind: "BODY" as const, sourceText: "Le président russe arrive jeudi à New Delhi pour deux jours.", targetText: "" },
  { kind: "BODY" as const, sourceText: "Il rencontrera le Premier ministre indien.", targetText: "" },
];
const ENGLISH = ["Putin in India", "The Russian president arrives in New Delhi on Thursday for two days.", "He will meet the Indian prime minister."];

type Seg = { id: string; version: number };

let translator: Actor;
let reviewer: Actor;
let publisher: Actor;
let admin: Actor;
let documentId: string;
let title: Seg;
let first: Seg;
let second: Seg;

async function reviewErrorsOf(segmentId: string) {
  return db.reviewError.findMany({
    where: { segmentId },
    orderBy: { createdAt: "asc" },
    select: { origin: true, category: true, severity: true, penalty: true, translatorId: true, actorId: true, stateChangeId: true, revisionId: true, dismissalId: true, checkId: true, lang: true },
  });
}

beforeAll(async () => {
  [translator, reviewer, publisher, admin] = await Promise.all([createActor("TRANSLATOR"), createActor("REVIEWER"), createActor("PUBLISHER"), createActor("ADMIN")]);
  ({ id: documentId } = await createDocument({ actor: translator, input: { title: "Putin in India", pairs: PAIRS } }));
  const document = await getDocument({ actor: translator, documentId });
  const saved = [];
  for (const [index, segment] of document.segments.entries()) {
    const { segment: after } = await saveSegment({ actor: translator, input: { segmentId: segment.id, targetText: ENGLISH[index], version: segment.version, submit: true } });
    saved.push(after);
  }
  [title, first, second] = saved;
});

describe("typed review errors (MQM)", () => {
  it("records a rejection's category and severity beside its state change, against the paragraph's translator", async () => {
    const { segment } = await reviewSegment({
      actor: reviewer,
      input: { segmentId: first.id, action: "reject", version: first.version, reason: "Jeudi is missing its sense", error: { category: "accuracy/mistranslation", severity: "major" } },
    });
    const change = await db.stateChange.findFirstOrThrow({ where: { segmentId: first.id, toState: "REJECTED" }, select: { id: true, comment: true } });
    expect(change.comment).toBe("Jeudi is missing its sense");
    expect(await reviewErrorsOf(first.id)).toEqual([
      expect.objectContaining({ origin: "REJECTION", category: "accuracy/mistranslation", severity: "major", penalty: 5, translatorId: translator.id, actorId: reviewer.id, stateChangeId: change.id, lang: "en" }),
    ]);
    const { segment: resubmitted } = await saveSegment({ actor: translator, input: { segmentId: first.id, targetText: ENGLISH[1], version: segment.version, submit: true } });
    first = resubmitted;
  });

  it("records a reviewer's correction with its category, linked to the REVIEW_EDIT revision", async () => {
    const corrected = "He is to meet the Indian prime minister.";
    const { segment } = await saveSegment({ actor: reviewer, input: { segmentId: second.id, targetText: corrected, version: second.version, error: { category: "fluency/grammar", severity: "minor" } } });
    const revision = await db.revision.findFirstOrThrow({ where: { segmentId: second.id, reason: "REVIEW_EDIT" }, select: { id: true, after: true } });
    expect(revision.after).toBe(corrected);
    expect(await reviewErrorsOf(second.id)).toEqual([
      expect.objectContaining({ origin: "REVIEW_EDIT", category: "fluency/grammar", severity: "minor", penalty: 1, translatorId: translator.id, revisionId: revision.id }),
    ]);
    second = segment;
  });

  it("types a correction after it was saved, only the reviewer's own latest change", async () => {
    const other = await createActor("REVIEWER");
    await expect(typeCorrection({ actor: other, input: { segmentId: second.id, version: second.version, error: { category: "style", severity: "minor" } } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      params: { reason: "no-review-edit" },
    });
    await expect(typeCorrection({ actor: reviewer, input: { segmentId: second.id, version: second.version - 1, error: { category: "style", severity: "minor" } } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(typeCorrection({ actor: translator, input: { segmentId: second.id, version: second.version, error: { category: "style", severity: "minor" } } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await typeCorrection({ actor: reviewer, input: { segmentId: second.id, version: second.version, error: { category: "terminology", severity: "neutral" } } });
    // Typing the same correction again replaces its type: the penalty is counted once.
    const errors = await reviewErrorsOf(second.id);
    expect(errors.map((e) => [e.origin, e.category, e.penalty, e.translatorId])).toEqual([["REVIEW_EDIT", "terminology", 0, translator.id]]);
    await typeCorrection({ actor: reviewer, input: { segmentId: second.id, version: second.version, error: { category: "fluency/grammar", severity: "minor" } } });
    expect((await reviewErrorsOf(second.id)).map((e) => [e.category, e.penalty])).toEqual([["fluency/grammar", 1]]);
  });

  it("records a dismissed finding's category with the dismissal and its check", async () => {
    const dismissal = await dismissFinding({ actor: reviewer, input: { segmentId: title.id, checkId: "length-ratio", reason: "Headlines are short", error: { category: "style", severity: "neutral" } } });
    const row = await db.findingDismissal.findFirstOrThrow({ where: { segmentId: title.id, checkId: "length-ratio", textHash: dismissal.textHash }, select: { id: true } });
    expect(await reviewErrorsOf(title.id)).toEqual([
      expect.objectContaining({ origin: "FINDING_DISMISSAL", category: "style", severity: "neutral", penalty: 0, dismissalId: row.id, checkId: "length-ratio" }),
    ]);
    // Dismissing the same finding again with another type replaces the type, adding no penalty.
    await dismissFinding({ actor: reviewer, input: { segmentId: title.id, checkId: "length-ratio", reason: "Headlines are short", error: { category: "terminology", severity: "neutral" } } });
    expect((await reviewErrorsOf(title.id)).map((e) => [e.origin, e.category, e.penalty])).toEqual([["FINDING_DISMISSAL", "terminology", 0]]);
  });

  it("refuses an error typed by a translator (403) or with an unknown category (400), writing nothing", async () => {
    const before = { ...(await countRows()), errors: await db.reviewError.count(), dismissals: await db.findingDismissal.count() };
    await expect(
      dismissFinding({ actor: translator, input: { segmentId: title.id, checkId: "punctuation-end", reason: "fine", error: { category: "style", severity: "minor" } } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      reviewSegment({ actor: reviewer, input: { segmentId: first.id, action: "reject", version: first.version, reason: "no", error: { category: "accuracy", severity: "minor" } } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", params: { field: "error.category" } });
    await expect(
      saveSegment({ actor: reviewer, input: { segmentId: first.id, targetText: "x", version: first.version, error: { category: "style", severity: "blocker" } } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", params: { field: "error.severity" } });
    expect({ ...(await countRows()), errors: await db.reviewError.count(), dismissals: await db.findingDismissal.count() }).toEqual(before);
  });
});

describe("quality score, threshold and publication", () => {
  beforeAll(async () => {
    for (const segment of [title, first, second]) {
      const current = await db.segment.findUniqueOrThrow({ where: { id: segment.id }, select: { version: true, state: true } });
      if (current.state !== "APPROVED") await reviewSegment({ actor: reviewer, input: { segmentId: segment.id, action: "approve", version: current.version } });
    }
  });

  it("scores 6 penalty points (3 errors) over 20 French words: 300 per 1,000 words, score 70, a warning under the default threshold", async () => {
    const checklist = await getPublishChecklist({ actor: publisher, documentId });
    expect(checklist.items.every((item) => item.isOk)).toBe(true);
    expect(checklist.quality).toEqual({ words: 20, errorCount: 3, penaltyPoints: 6, penaltyPer1000Words: 300, score: 70, maxPenaltyPer1000Words: 10, isPassing: false, isBlocking: false });
    expect(checklist.isPublishable).toBe(true);
  });

  it("lets only an administrator set the threshold, audited, with a version against lost updates", async () => {
    await expect(getQualitySettings({ actor: reviewer })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateQualitySettings({ actor: publisher, input: { maxPenaltyPer1000Words: 5, isBlocking: true, version: 0 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateQualitySettings({ actor: admin, input: { maxPenaltyPer1000Words: -1, isBlocking: true, version: 0 } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await getQualitySettings({ actor: admin })).toEqual({ maxPenaltyPer1000Words: 10, isBlocking: false, version: 0 });
    const saved = await updateQualitySettings({ actor: admin, input: { maxPenaltyPer1000Words: 10, isBlocking: true, version: 0 } });
    expect(saved).toEqual({ maxPenaltyPer1000Words: 10, isBlocking: true, version: 1 });
    await expect(updateQualitySettings({ actor: admin, input: { maxPenaltyPer1000Words: 50, isBlocking: true, version: 0 } })).rejects.toMatchObject({ code: "CONFLICT" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "quality.settings-changed" }, select: { actorId: true, data: true } });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.parse(audit.data)).toEqual({ from: { maxPenaltyPer1000Words: 10, isBlocking: false }, to: { maxPenaltyPer1000Words: 10, isBlocking: true } });
  });

  it("blocks publication when the administrator makes the threshold a blocker, until the score passes", async () => {
    const blocked = await getPublishChecklist({ actor: publisher, documentId });
    expect(blocked).toMatchObject({ isPublishable: false, quality: { isPassing: false, isBlocking: true } });
    await expect(publishDocument({ actor: publisher, input: { documentId } })).rejects.toMatchObject({ code: "PUBLISH_BLOCKED" });
    expect(await db.publication.count({ where: { documentId } })).toBe(0);

    await updateQualitySettings({ actor: admin, input: { maxPenaltyPer1000Words: 300, isBlocking: true, version: 1 } });
    expect((await getPublishChecklist({ actor: publisher, documentId })).quality.isPassing).toBe(true);
    // Imported a day and a half before it is published, for the dashboard's median below.
    await db.document.update({ where: { id: documentId }, data: { createdAt: new Date(Date.now() - 36 * 3_600_000) } });
    await publishDocument({ actor: publisher, input: { documentId } });
    const snapshot = await db.qualitySnapshot.findFirstOrThrow({ where: { documentId }, select: { words: true, penaltyPoints: true, errorCount: true, maxPenaltyPer1000Words: true } });
    expect(snapshot).toEqual({ words: 20, penaltyPoints: 6, errorCount: 3, maxPenaltyPer1000Words: 300 });
  });

  it("exports the publication's score in JSON and in the XLIFF notes", async () => {
    const json = JSON.parse(String((await exportDocument({ actor: publisher, input: { documentId, format: "json" } })).body));
    expect(json.quality).toEqual({ words: 20, errorCount: 3, penaltyPoints: 6, penaltyPer1000Words: 300, score: 70, maxPenaltyPer1000Words: 300, isPassing: true });
    const line = "MQM quality score 70.0: 300.0 penalty points per 1000 words (6 points, 3 errors, 20 source words); threshold 300: pass";
    for (const format of ["xliff12", "xliff20"] as const) {
      const xliff = String((await exportDocument({ actor: publisher, input: { documentId, format } })).body);
      expect(xliff).toContain(line);
      // Still a valid file for our own reader.
      expect(parseXliff(xliff).ok).toBe(true);
    }
  });

  it("gives the dashboard to reviewers, publishers and administrators with the fixture's figures, and refuses translators", async () => {
    await expect(getDashboard({ actor: translator, input: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getDashboard({ actor: reviewer, input: { from: "2025-01-01", to: "2026-12-31" } })).rejects.toMatchObject({ code: "INVALID_INPUT", params: { reason: "range-too-long" } });
    const today = new Date();
    const dashboard = await getDashboard({ actor: publisher, input: {}, today });
    const day = today.toISOString().slice(0, 10);
    expect(dashboard.days).toBe(30);
    expect(dashboard.publishedPerDay).toHaveLength(30);
    expect(dashboard.publishedPerDay.at(-1)).toEqual({ day, count: 1 });
    expect(dashboard.publishedPerDay.slice(0, -1).every((entry) => entry.count === 0)).toBe(true);
    expect(dashboard.timeToPublication).toEqual([{ day, medianHours: 36, publications: 1 }]);
    expect(dashboard.openWork).toEqual([]);
    // The translator last edited the title and the first paragraph (3 + 11 words); the
    // reviewer's correction made the reviewer the second paragraph's last editor.
    const translatorLine = dashboard.qualityByTranslator.find((line) => line.translatorId === translator.id);
    expect(translatorLine?.points).toEqual([{ day, words: 14, penaltyPoints: 6, penaltyPer1000Words: 428.6, score: 57.1 }]);
    expect(dashboard.findingsByCheck).toEqual([{ checkId: "length-ratio", dismissed: 1, typedErrors: 1 }]);
    expect((await getDashboard({ actor: reviewer, input: { from: day, to: day } })).publishedPerDay).toEqual([{ day, count: 1 }]);
  });

  it("counts the translations past their due time that are not published, by language and priority", async () => {
    const { id: lateId } = await createDocument({ actor: translator, input: { title: "Late article", pairs: PAIRS } });
    const yesterday = new Date(Date.now() - 86_400_000);
    const translationOf = async (id: string) => (await db.translation.findFirstOrThrow({ where: { documentId: id }, select: { id: true } })).id;
    await db.assignment.create({ data: { translationId: await translationOf(lateId), dueAt: yesterday, priority: "URGENT" } });
    // The published fixture is past its due time too, but published: not overdue.
    await db.assignment.create({ data: { translationId: await translationOf(documentId), dueAt: yesterday, priority: "BREAKING" } });
    const dashboard = await getDashboard({ actor: reviewer, input: {} });
    expect(dashboard.overdue).toEqual([{ lang: "en", priority: "URGENT", translations: 1 }]);
  });
});
