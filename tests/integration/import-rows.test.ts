import { describe, expect, it } from "vitest";
import { normaliseMemoryText } from "@/domain/memory/normalise";
import { db } from "@/server/db";
import { createDocument } from "@/server/services/documents/create-document";
import { generateArticlePair } from "../../scripts/benchmarks/article-pair";
import { createActor } from "./support/actors";

// The rows a 2,000-paragraph import writes, since they are written by multi-row INSERTs rather
// than Prisma's createMany (decision 026): every Segment, its IMPORT revision and its memory
// units, with the values Prisma's defaults and the database's gave before, read back through Prisma.
const INLINE_CODE = { tag: "g", attrs: { id: "1" }, isPaired: true, dialect: "1.2" as const };

describe("importing a 2,000-paragraph article", () => {
  it("writes every paragraph, its IMPORT revision and its memory units as the import always has", async () => {
    const reviewer = await createActor("REVIEWER");
    const { fr, en } = generateArticlePair(2000);
    const pairs = fr.map((sourceText, i) => ({
      kind: i === 0 ? ("TITLE" as const) : i === 5 ? ("BOILERPLATE" as const) : ("BODY" as const),
      sourceText,
      // Some paragraphs without a translation, one approved in the file, one with inline codes.
      targetText: i % 97 === 3 ? "" : i === 5 ? "Advertising" : en[i] ?? "",
      ...(i === 7 ? { state: "APPROVED" as const } : {}),
      ...(i === 9 ? { inlineCodes: { "1": INLINE_CODE } } : {}),
    }));
    const started = new Date();
    const { id } = await createDocument({ actor: reviewer, input: { title: "Two thousand paragraphs", pairs } });
    const ended = new Date();

    const segments = await db.segment.findMany({ where: { documentId: id }, orderBy: { position: "asc" } });
    expect(segments).toHaveLength(2000);
    expect(new Set(segments.map((s) => s.id)).size).toBe(2000);
    expect(new Set(segments.map((s) => s.paragraphId)).size).toBe(2000);
    segments.forEach((segment, i) => {
      expect(segment.id).toMatch(/^c[0-9a-z]{24}$/);
      expect(segment.paragraphId).toMatch(/^[0-9a-f-]{36}$/);
      expect(segment).toMatchObject({
        documentId: id,
        lang: "en",
        position: i,
        kind: pairs[i].kind,
        sourceText: pairs[i].sourceText,
        targetText: pairs[i].targetText,
        state: pairs[i].targetText === "" ? "UNTRANSLATED" : i === 5 ? "EXCLUDED" : i === 7 ? "APPROVED" : "TRANSLATED",
        inlineCodes: i === 9 ? JSON.stringify({ "1": INLINE_CODE }) : null,
        sourceRevision: 1,
        removedInRevision: null,
        previousSourceText: null,
        version: 1,
        lastEditorId: null,
      });
      expect(segment.createdAt.getTime()).toBeGreaterThanOrEqual(started.getTime());
      expect(segment.createdAt.getTime()).toBeLessThanOrEqual(ended.getTime());
      expect(segment.updatedAt).toEqual(segment.createdAt);
    });

    const revisions = await db.revision.findMany({ where: { segment: { documentId: id } }, include: { segment: { select: { position: true, targetText: true } } } });
    const translated = segments.filter((s) => s.targetText !== "");
    expect(revisions).toHaveLength(translated.length);
    expect(translated.length).toBeLessThan(2000);
    for (const revision of revisions) {
      expect(revision).toMatchObject({ authorId: reviewer.id, before: "", after: revision.segment.targetText, reason: "IMPORT", segmentVersion: 1, batchId: null });
      expect(revision.id).toMatch(/^c[0-9a-z]{24}$/);
      expect(revision.createdAt.getTime()).toBeGreaterThanOrEqual(started.getTime());
    }
    expect(new Set(revisions.map((r) => r.segment.position)).size).toBe(translated.length);

    // The translation memory: each translated paragraph that is not page furniture, as a whole paragraph (sentence 0).
    const units = await db.memoryUnit.findMany({ where: { documentId: id, sentence: 0 }, orderBy: { id: "asc" } });
    const remembered = segments.filter((s) => s.targetText !== "" && s.state !== "EXCLUDED");
    expect(units.map((u) => [u.segmentId, u.sourceText, u.targetText, u.origin])).toEqual(
      remembered.map((s) => [s.id, normaliseMemoryText(s.sourceText), normaliseMemoryText(s.targetText), s.state === "APPROVED" ? "APPROVED" : "IMPORTED"]),
    );
    expect(units.every((u) => u.sourceLang === "fr" && u.targetLang === "en" && u.documentTitle === "Two thousand paragraphs" && u.authorName === reviewer.name && u.approvedAt >= started)).toBe(true);

    // The stored form of the times is Prisma's own (text in SQLite, timestamp in PostgreSQL): the same as the Document row Prisma wrote.
    const [stored] = await db.$queryRaw<{ segment: unknown; revision: unknown; unit: unknown; document: unknown }[]>`
      SELECT (SELECT "createdAt" FROM "Segment" WHERE "documentId" = ${id} LIMIT 1) AS segment,
             (SELECT r."createdAt" FROM "Revision" r JOIN "Segment" s ON s."id" = r."segmentId" WHERE s."documentId" = ${id} LIMIT 1) AS revision,
             (SELECT "approvedAt" FROM "MemoryUnit" WHERE "documentId" = ${id} LIMIT 1) AS unit,
             (SELECT "createdAt" FROM "Document" WHERE "id" = ${id}) AS document`;
    const shape = (value: unknown) => (typeof value === "string" ? value.replace(/\d/g, "0") : typeof value);
    expect([shape(stored.segment), shape(stored.revision), shape(stored.unit)]).toEqual([shape(stored.document), shape(stored.document), shape(stored.document)]);
  });
});
