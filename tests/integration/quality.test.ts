import { describe, expect, it } from "vitest";
import { STARTER_GLOSSARY } from "@/domain/qa/starter-glossary";
import { formatVariants } from "@/domain/qa/glossary-variants";
import { db } from "@/server/db";
import { createDocument } from "@/server/services/documents/create-document";
import { bulkApproveSegments } from "@/server/services/review/bulk-approve-segments";
import { previewBulkApproval } from "@/server/services/review/preview-bulk-approval";
import { getDocument } from "@/server/services/documents/get-document";
import { getPublishChecklist } from "@/server/services/publishing/get-publish-checklist";
import { applyFindingFix } from "@/server/services/quality/apply-finding-fix";
import { dismissFinding } from "@/server/services/quality/dismiss-finding";
import { saveSegment } from "@/server/services/segments/save-segment";
import { createActor } from "./support/actors";
import { seedArticlePairs } from "./support/seed-article";

async function withStarterGlossary() {
  if ((await db.glossaryTerm.count()) > 0) return;
  await db.glossaryTerm.createMany({
    data: STARTER_GLOSSARY.map((e) => ({ sourceTerm: e.sourceTerm, targetTerm: e.targetTerm, forbidden: formatVariants(e.forbidden), caseSensitive: e.isCaseSensitive, note: e.note })),
  });
}

async function seedDocument() {
  await withStarterGlossary();
  const reviewer = await createActor("REVIEWER");
  const { id } = await createDocument({ actor: reviewer, input: { title: "Putin in India", pairs: seedArticlePairs() } });
  const document = await getDocument({ actor: reviewer, documentId: id });
  const tag = document.segments.find((s) => s.targetText === "Vladimir Poutine");
  if (!tag) throw new Error("seed changed");
  return { reviewer, document, tag };
}

describe("quality findings on the server", () => {
  it("applies the certain fix as a FIX revision and sends the paragraph back to review", async () => {
    const { reviewer, tag } = await seedDocument();
    const translator = await createActor("TRANSLATOR");
    const { segment } = await applyFindingFix({ actor: translator, input: { segmentId: tag.id, checkId: "glossary", version: tag.version } });
    expect(segment).toMatchObject({ targetText: "Vladimir Putin", state: "TRANSLATED", version: 2 });
    const revision = await db.revision.findFirst({ where: { segmentId: tag.id, reason: "FIX" }, select: { before: true, after: true } });
    expect(revision).toEqual({ before: "Vladimir Poutine", after: "Vladimir Putin" });
    // Nothing left to fix: a second attempt finds no finding.
    await expect(applyFindingFix({ actor: reviewer, input: { segmentId: tag.id, checkId: "glossary", version: 2 } })).rejects.toMatchObject({ code: "NOT_FOUND", params: { entity: "finding" } });
    await expect(applyFindingFix({ actor: await createActor("PUBLISHER"), input: { segmentId: tag.id, checkId: "glossary", version: 2 } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("keeps paragraphs with an open error out of bulk approval and blocks publishing, until dismissed with a reason", async () => {
    const { reviewer, document, tag } = await seedDocument();
    const preview = await previewBulkApproval({ actor: reviewer, documentId: document.id });
    expect(preview.segments.map((s) => s.id)).not.toContain(tag.id);
    await bulkApproveSegments({ actor: reviewer, input: { documentId: document.id, segments: preview.segments } });
    const checklist = await getPublishChecklist({ actor: reviewer, documentId: document.id });
    expect(checklist.items.find((i) => i.code === "open-errors")).toEqual({ code: "open-errors", isOk: false, paragraphs: [41] });

    await dismissFinding({ actor: reviewer, input: { segmentId: tag.id, checkId: "glossary", reason: "The desk keeps the French spelling in tags" } });
    const after = await getPublishChecklist({ actor: reviewer, documentId: document.id });
    expect(after.items.find((i) => i.code === "open-errors")?.isOk).toBe(true);
    expect((await previewBulkApproval({ actor: reviewer, documentId: document.id })).segments.map((s) => s.id)).toContain(tag.id);

    // The dismissal is for that text only: edit the text and the finding is back.
    await saveSegment({ actor: reviewer, input: { segmentId: tag.id, targetText: "Vladimir  Poutine", version: tag.version } });
    const again = await getPublishChecklist({ actor: reviewer, documentId: document.id });
    expect(again.items.find((i) => i.code === "open-errors")?.isOk).toBe(false);
  });

  it("refuses a dismissal without a reason", async () => {
    const { reviewer, tag } = await seedDocument();
    await expect(dismissFinding({ actor: reviewer, input: { segmentId: tag.id, checkId: "glossary", reason: " " } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
