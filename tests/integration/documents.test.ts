import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createDocument } from "@/server/services/documents/create-document";
import { getDocument } from "@/server/services/documents/get-document";
import { listDocuments } from "@/server/services/documents/list-documents";
import { countRows, createActor } from "./support/actors";
import { seedArticlePairs } from "./support/seed-article";

const seedPairs = seedArticlePairs;

describe("createDocument", () => {
  it("stores the demo article as paired segments with their import history, in order", async () => {
    const translator = await createActor("TRANSLATOR");
    const pairs = seedPairs();
    const { id } = await createDocument({ actor: translator, input: { title: "Putin in India", pairs } });

    const document = await getDocument({ actor: translator, documentId: id });
    expect(document.segments.map((s) => [s.sourceText, s.targetText])).toEqual(pairs.map((p) => [p.sourceText, p.targetText]));
    const advertising = document.segments.find((s) => s.targetText === "Advertising");
    expect(advertising).toMatchObject({ kind: "BOILERPLATE", state: "EXCLUDED" });
    const body = document.segments.find((s) => s.targetText.startsWith("Vladimir Putin was absent"));
    expect(body).toMatchObject({ kind: "BODY", state: "TRANSLATED", version: 1, lastEditorName: null });

    const revisions = await db.revision.findMany({
      where: { segment: { documentId: id } },
      select: { reason: true, before: true, authorId: true },
    });
    expect(revisions).toHaveLength(pairs.length);
    expect(new Set(revisions.map((r) => `${r.reason} by ${r.authorId} from "${r.before}"`))).toEqual(
      new Set([`IMPORT by ${translator.id} from ""`]),
    );
    expect(await db.auditEvent.count({ where: { documentId: id, action: "document.created" } })).toBe(1);
  });

  it("leaves a paragraph without translation UNTRANSLATED and without a revision", async () => {
    const translator = await createActor("TRANSLATOR");
    const { id } = await createDocument({
      actor: translator,
      input: { title: "Partial", pairs: [{ kind: "BODY", sourceText: "Bonjour.", targetText: "" }] },
    });
    const [segment] = (await getDocument({ actor: translator, documentId: id })).segments;
    expect(segment).toMatchObject({ state: "UNTRANSLATED", lastEditorName: null });
    expect(await db.revision.count({ where: { segmentId: segment.id } })).toBe(0);
  });

  it("refuses a publisher, who reads and publishes but does not import, and writes nothing", async () => {
    const publisher = await createActor("PUBLISHER");
    const before = await countRows();
    await expect(createDocument({ actor: publisher, input: { title: "No", pairs: seedPairs() } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await countRows()).toEqual(before);
  });

  it.each([
    ["no paragraphs", { title: "Empty", pairs: [] }, "pairs"],
    ["an empty title", { title: "  ", pairs: [{ kind: "BODY", sourceText: "a", targetText: "b" }] }, "title"],
    ["an unknown kind", { title: "T", pairs: [{ kind: "SIDEBAR", sourceText: "a", targetText: "b" }] }, "pairs.0.kind"],
    ["a huge paragraph", { title: "T", pairs: [{ kind: "BODY", sourceText: "a", targetText: "b".repeat(20_001) }] }, "pairs.0.targetText"],
  ])("refuses %s and writes nothing", async (_label, input, field) => {
    const translator = await createActor("TRANSLATOR");
    const before = await countRows();
    await expect(createDocument({ actor: translator, input: input as never })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      params: { field },
    });
    expect(await countRows()).toEqual(before);
  });

  it("keeps script in text as plain text", async () => {
    const translator = await createActor("TRANSLATOR");
    const hostile = '<script>alert("x")</script> & <b>bold</b>';
    const { id } = await createDocument({
      actor: translator,
      input: { title: hostile, pairs: [{ kind: "BODY", sourceText: hostile, targetText: hostile }] },
    });
    const document = await getDocument({ actor: translator, documentId: id });
    expect(document.title).toBe(hostile);
    expect(document.segments[0].targetText).toBe(hostile);
  });
});

describe("listDocuments and getDocument", () => {
  it("reports progress that leaves page furniture out", async () => {
    const reviewer = await createActor("REVIEWER");
    const pairs = seedPairs();
    const { id } = await createDocument({ actor: reviewer, input: { title: "Progress", pairs } });
    const summary = (await listDocuments({ actor: reviewer })).documents.find((d) => d.id === id);
    const furniture = pairs.filter((p) => p.kind === "BOILERPLATE").length;
    expect(summary?.languages.map((language) => language.lang)).toEqual(["en"]);
    expect(summary?.languages[0].progress).toMatchObject({
      total: pairs.length,
      excluded: furniture,
      included: pairs.length - furniture,
      translated: pairs.length - furniture,
      approved: 0,
    });
  });

  it.each(["TRANSLATOR", "REVIEWER", "PUBLISHER", "ADMIN"] as const)("lets a %s read a document", async (role) => {
    const author = await createActor("TRANSLATOR");
    const { id } = await createDocument({ actor: author, input: { title: "Readable", pairs: seedPairs() } });
    const reader = await createActor(role);
    await expect(getDocument({ actor: reader, documentId: id })).resolves.toMatchObject({ id, title: "Readable" });
  });

  it("answers NOT_FOUND for an unknown document", async () => {
    const reader = await createActor("REVIEWER");
    await expect(getDocument({ actor: reader, documentId: "does-not-exist" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
