import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { parseXliff } from "@/domain/interchange/parse-xliff";
import { EXPORT_FORMATS } from "@/domain/exporters/types";
import { escapeHtml } from "@/domain/exporters/escape";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/permissions";
import { createDocument } from "@/server/services/documents/create-document";
import { bulkApproveSegments } from "@/server/services/review/bulk-approve-segments";
import { previewBulkApproval } from "@/server/services/review/preview-bulk-approval";
import { exportDocument } from "@/server/services/publishing/export-document";
import { getDocument } from "@/server/services/documents/get-document";
import { diffPublications } from "@/server/services/publishing/diff-publications";
import { getPublishChecklist } from "@/server/services/publishing/get-publish-checklist";
import { listPublications } from "@/server/services/publishing/list-publications";
import { publishDocument } from "@/server/services/publishing/publish-document";
import { reviewSegment } from "@/server/services/review/review-segment";
import { saveSegment } from "@/server/services/segments/save-segment";
import { createActor } from "./support/actors";
import { seedArticlePairs } from "./support/seed-article";

const FURNITURE = ["Advertising", "Read more", "I subscribe", "google-play-badge_FR", "Newsletter", "Receive all international news"];

/** Reads the entries of a PO file written by translate-toolkit (wrapped strings joined again). */
function readPoEntries(po: string) {
  const unquote = (lines: string[]) => lines.map((line) => JSON.parse(line.slice(line.indexOf('"'))) as string).join("");
  return po
    .split(/\n\s*\n/)
    .map((block) => block.split("\n"))
    .filter((lines) => lines.some((line) => line.startsWith("#: ")))
    .map((lines) => {
      const start = (key: string) => lines.findIndex((line) => line.startsWith(`${key} `));
      const idAt = start("msgid");
      const strAt = start("msgstr");
      return {
        reference: lines.find((line) => line.startsWith("#: "))?.slice(3) ?? "",
        msgid: unquote(lines.slice(idAt, strAt)),
        msgstr: unquote(lines.slice(strAt).filter((line) => line.startsWith("msgstr") || line.startsWith('"'))),
      };
    });
}

const asText = (body: string | Uint8Array) => (typeof body === "string" ? body : strFromU8(body));

function requireTool(binary: string, debianPackage: string) {
  const found = spawnSync("sh", ["-c", `command -v ${binary}`]).status === 0;
  if (!found) throw new Error(`${binary} is missing: install Debian's ${debianPackage} (apt-get install ${debianPackage}) to run the interoperability tests`);
}

/** The seed article with its problems fixed by a reviewer and every paragraph approved. */
async function fixAndApproveSeedArticle(reviewer: Actor) {
  const pairs = seedArticlePairs();
  const { id } = await createDocument({ actor: reviewer, input: { title: "Vladimir Putin in India", pairs } });
  const document = await getDocument({ actor: reviewer, documentId: id });
  const poutineTag = document.segments.find((s) => s.kind === "TAG" && s.targetText === "Vladimir Poutine");
  const s400 = document.segments.find((s) => s.targetText.includes("delivered in S 400"));
  if (!poutineTag || !s400) throw new Error("the seed article changed");
  await saveSegment({ actor: reviewer, input: { segmentId: poutineTag.id, targetText: "Vladimir Putin", version: poutineTag.version } });
  await saveSegment({ actor: reviewer, input: { segmentId: s400.id, targetText: s400.targetText.replace("S 400", "S-400"), version: s400.version } });
  const preview = await previewBulkApproval({ actor: reviewer, documentId: id });
  await bulkApproveSegments({ actor: reviewer, input: { documentId: id, segments: preview.segments } });
  return id;
}

describe("publishing the seed article", () => {
  let documentId: string;
  let publisher: Actor;
  let reviewer: Actor;

  beforeAll(async () => {
    reviewer = await createActor("REVIEWER");
    publisher = await createActor("PUBLISHER");
    documentId = await fixAndApproveSeedArticle(reviewer);
  });

  it("passes the checklist once fixed and approved, and publishes version 1 with a content hash", async () => {
    const checklist = await getPublishChecklist({ actor: publisher, documentId });
    expect(checklist.items.filter((item) => !item.isOk)).toEqual([]);
    const publication = await publishDocument({ actor: publisher, input: { documentId } });
    expect(publication).toMatchObject({ number: 1, publishedByName: publisher.name, overrideReason: null });
    expect(publication.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each(EXPORT_FORMATS.filter((f) => !["xliff12", "xliff20", "tmx"].includes(f)))(
    "exports %s in English with 'Vladimir Putin' among the tags and no page furniture",
    async (format) => {
      const file = await exportDocument({ actor: publisher, input: { documentId, format } });
      const text = format === "docx" ? strFromU8(unzipSync(file.body as Uint8Array)["word/document.xml"]) + strFromU8(unzipSync(file.body as Uint8Array)["docProps/core.xml"]) : asText(file.body);
      expect(text).toContain("Vladimir Putin");
      expect(text).not.toContain("Vladimir Poutine");
      for (const furniture of FURNITURE) expect(text).not.toContain(furniture);
      expect(text).toContain("share has fallen below 50%");
      expect(file.filename).toMatch(new RegExp(`-v1\\.${format === "md" ? "md" : format}$`));
    },
  );

  it("puts the tags in the metadata of each final format", async () => {
    const html = asText((await exportDocument({ actor: publisher, input: { documentId, format: "html" } })).body);
    expect(html).toContain('<meta name="keywords" content="India, Russia, Vladimir Putin, Narendra Damodardas Modi">');
    const md = asText((await exportDocument({ actor: publisher, input: { documentId, format: "md" } })).body);
    expect(md).toMatch(/^---\ntitle: "Vladimir Putin in India to strengthen ties and maintain a balance"\nlanguage: "en"\nstatus: published\nversion: 1\n/);
    expect(md).toContain('tags:\n  - "India"\n  - "Russia"\n  - "Vladimir Putin"\n  - "Narendra Damodardas Modi"\n---');
    const json = JSON.parse(asText((await exportDocument({ actor: publisher, input: { documentId, format: "json" } })).body));
    expect(json.article.tags).toEqual(["India", "Russia", "Vladimir Putin", "Narendra Damodardas Modi"]);
    expect(json.article.title).toBe("Vladimir Putin in India to strengthen ties and maintain a balance");
    expect(json.article.caption).toContain("POOL / AFP");
  });

  it("writes well-formed XML for XLIFF 1.2, XLIFF 2.0 and TMX (checked with xmllint)", async () => {
    requireTool("xmllint", "libxml2-utils");
    const dir = mkdtempSync(path.join(tmpdir(), "vav-xml-"));
    for (const format of ["xliff12", "xliff20", "tmx"] as const) {
      const file = path.join(dir, `${format}.xml`);
      writeFileSync(file, (await exportDocument({ actor: publisher, input: { documentId, format } })).body);
      expect(spawnSync("xmllint", ["--noout", file]).status, `${format} is not well-formed`).toBe(0);
    }
  });

  it("exports XLIFF 1.2 that translate-toolkit's xliff2po reads unit for unit", async () => {
    requireTool("xliff2po", "translate-toolkit");
    const dir = mkdtempSync(path.join(tmpdir(), "vav-xliff2po-"));
    const xliff = path.join(dir, "article.xlf");
    writeFileSync(xliff, (await exportDocument({ actor: publisher, input: { documentId, format: "xliff12" } })).body);
    execFileSync("xliff2po", ["-i", xliff, "-o", path.join(dir, "article.po")], { stdio: "pipe" });
    const po = readFileSync(path.join(dir, "article.po"), "utf8");
    const document = await getDocument({ actor: publisher, documentId });
    // translate-toolkit keeps every unit: one PO entry per paragraph, in order, with the same texts.
    expect(readPoEntries(po)).toEqual(document.segments.map((s, i) => ({ reference: `p${i + 1}`, msgid: s.sourceText, msgstr: s.targetText })));
  });

  it("exports XLIFF that imports back to the same pairs and states", async () => {
    const document = await getDocument({ actor: publisher, documentId });
    for (const format of ["xliff12", "xliff20"] as const) {
      const parsed = parseXliff(asText((await exportDocument({ actor: publisher, input: { documentId, format } })).body));
      if (!parsed.ok) throw new Error(parsed.code);
      expect(parsed.units.map((u) => [u.kind, u.state, u.sourceText, u.targetText])).toEqual(document.segments.map((s) => [s.kind, s.state, s.sourceText, s.targetText]));
    }
  });

  it("exports only approved pairs to TMX, never page furniture", async () => {
    const tmx = asText((await exportDocument({ actor: publisher, input: { documentId, format: "tmx" } })).body);
    const units = tmx.match(/<tu /g) ?? [];
    const document = await getDocument({ actor: publisher, documentId });
    expect(units).toHaveLength(document.segments.filter((s) => s.state === "APPROVED").length);
    expect(tmx).not.toContain("google-play-badge_FR");
  });

  it("never changes a publication: later edits show only in version 2, and the diff shows them", async () => {
    const v1Before = asText((await exportDocument({ actor: publisher, input: { documentId, format: "json", version: 1 } })).body);
    const document = await getDocument({ actor: reviewer, documentId });
    const title = document.segments[0];
    await saveSegment({ actor: reviewer, input: { segmentId: title.id, targetText: "Putin in India to strengthen ties", version: title.version } });
    await expect(publishDocument({ actor: publisher, input: { documentId } })).rejects.toMatchObject({
      code: "PUBLISH_BLOCKED",
      details: { checklist: expect.arrayContaining([{ code: "unapproved", isOk: false, paragraphs: [1] }]) },
    });
    const edited = await db.segment.findUniqueOrThrow({ where: { id: title.id }, select: { version: true } });
    await reviewSegment({ actor: reviewer, input: { action: "approve", segmentId: title.id, version: edited.version } });
    expect(await publishDocument({ actor: publisher, input: { documentId } })).toMatchObject({ number: 2 });

    expect(asText((await exportDocument({ actor: publisher, input: { documentId, format: "json", version: 1 } })).body)).toBe(v1Before);
    const v2 = asText((await exportDocument({ actor: publisher, input: { documentId, format: "txt" } })).body);
    expect(v2.startsWith("Putin in India to strengthen ties\n")).toBe(true);
    expect((await listPublications({ actor: publisher, documentId })).map((p) => p.number)).toEqual([2, 1]);
    const { diff } = await diffPublications({ actor: publisher, input: { documentId, from: 1, to: 2 } });
    expect(diff.filter((p) => p.type === "removed").map((p) => p.text).join("")).toContain("Vladimir");
  });
});

describe("publishing a version identical to the latest", () => {
  it("is refused with the version it repeats, writing nothing, unless explicitly confirmed", async () => {
    const reviewer = await createActor("REVIEWER");
    const publisher = await createActor("PUBLISHER");
    const documentId = await fixAndApproveSeedArticle(reviewer);
    expect(await publishDocument({ actor: publisher, input: { documentId } })).toMatchObject({ number: 1 });
    const auditBefore = await db.auditEvent.count({ where: { documentId } });

    await expect(publishDocument({ actor: publisher, input: { documentId } })).rejects.toMatchObject({ code: "PUBLICATION_IDENTICAL", status: 409, params: { number: 1 } });
    await expect(publishDocument({ actor: publisher, input: { documentId, confirmIdentical: false } })).rejects.toMatchObject({ code: "PUBLICATION_IDENTICAL" });
    expect(await db.publication.count({ where: { documentId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { documentId } })).toBe(auditBefore);

    const again = await publishDocument({ actor: publisher, input: { documentId, confirmIdentical: true } });
    expect(again.number).toBe(2);
    const hashes = await db.publication.findMany({ where: { documentId }, select: { contentHash: true } });
    expect(new Set(hashes.map((h) => h.contentHash)).size).toBe(1);
  });

  it("previews the final article the export would carry, without page furniture", async () => {
    const reviewer = await createActor("REVIEWER");
    const publisher = await createActor("PUBLISHER");
    const documentId = await fixAndApproveSeedArticle(reviewer);
    const { preview } = await getPublishChecklist({ actor: publisher, documentId });
    expect(preview.title).toBe("Vladimir Putin in India to strengthen ties and maintain a balance");
    expect(preview.tags).toContain("Vladimir Putin");
    expect(preview.body.map((block) => block.text).join("\n")).not.toContain("Advertising");
    await publishDocument({ actor: publisher, input: { documentId } });
    const html = asText((await exportDocument({ actor: publisher, input: { documentId, format: "html" } })).body);
    expect(preview.body.length).toBeGreaterThan(3);
    for (const block of preview.body) expect(html).toContain(escapeHtml(block.text));
  });
});

describe("who may publish and export", () => {
  it.each(["TRANSLATOR", "REVIEWER"] as const)("refuses to let a %s publish (403), writing nothing", async (role) => {
    const reviewer = await createActor("REVIEWER");
    const documentId = await fixAndApproveSeedArticle(reviewer);
    const actor = await createActor(role);
    await expect(publishDocument({ actor, input: { documentId } })).rejects.toMatchObject({ code: "FORBIDDEN", status: 403 });
    expect(await db.publication.count({ where: { documentId } })).toBe(0);
  });

  it("refuses to publish while a paragraph is unapproved, listing it; an administrator may override with a reason", async () => {
    const reviewer = await createActor("REVIEWER");
    const { id: documentId } = await createDocument({ actor: reviewer, input: { title: "Half done", pairs: seedArticlePairs() } });
    const publisher = await createActor("PUBLISHER");
    const refusal = await publishDocument({ actor: publisher, input: { documentId } }).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ code: "PUBLISH_BLOCKED", status: 409 });
    await expect(publishDocument({ actor: publisher, input: { documentId, overrideReason: "Breaking news" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.publication.count({ where: { documentId } })).toBe(0);

    const admin = await createActor("ADMIN");
    const published = await publishDocument({ actor: admin, input: { documentId, overrideReason: "Breaking news: approved by phone" } });
    expect(published).toMatchObject({ number: 1, overrideReason: "Breaking news: approved by phone" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { documentId, action: "document.published" }, select: { data: true } });
    expect(JSON.parse(event.data)).toMatchObject({ override: true, reason: "Breaking news: approved by phone" });
  });

  it("lets translators and reviewers export a draft marked as such, but not publishers; no publication yet is a 404", async () => {
    const reviewer = await createActor("REVIEWER");
    const { id: documentId } = await createDocument({
      actor: reviewer,
      input: { title: "Draft", pairs: [{ kind: "TITLE", sourceText: "Titre", targetText: '<script>alert("x")</script> & co' }] },
    });
    const html = await exportDocument({ actor: await createActor("TRANSLATOR"), input: { documentId, format: "html", draft: true } });
    expect(html.filename).toBe("draft-draft.html");
    expect(asText(html.body)).toContain("DRAFT: not approved for publication");
    expect(asText(html.body)).toContain("<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</h1>");
    expect(asText(html.body)).not.toContain("<script>");
    // A French-speaking reader gets the notice in French, whatever the article's language.
    const frenchTranslator = { ...(await createActor("TRANSLATOR")), uiLanguage: "fr" };
    const frenchDraft = asText((await exportDocument({ actor: frenchTranslator, input: { documentId, format: "md", draft: true } })).body);
    expect(frenchDraft).toContain("BROUILLON\u00a0: non approuvé pour publication");
    expect(frenchDraft).not.toContain("DRAFT");
    await expect(exportDocument({ actor: await createActor("PUBLISHER"), input: { documentId, format: "html", draft: true } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportDocument({ actor: reviewer, input: { documentId, format: "html" } })).rejects.toMatchObject({ code: "NOT_FOUND", params: { entity: "publication" } });
    await expect(exportDocument({ actor: reviewer, input: { documentId, format: "pdf" } })).rejects.toMatchObject({ code: "INVALID_INPUT", params: { field: "format" } });
  });
});
