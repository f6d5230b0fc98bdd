import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toXliff12 } from "@/domain/exporters/bilingual-formats";
import { buildArticle } from "@/domain/publishing/article";
import { createDocument } from "@/server/services/documents/create-document";
import { getDocument } from "@/server/services/documents/get-document";
import { previewImport } from "@/server/services/imports/preview-import";
import { countRows, createActor } from "./support/actors";

const root = path.resolve(import.meta.dirname, "../..");
const seedFile = (name: string) => readFileSync(path.join(root, "prisma/seed", name), "utf8");
const FR = seedFile("article.fr.txt");
const EN = seedFile("article.en.txt");
const text = (content: string, name?: string) => ({ content, encoding: "text" as const, ...(name ? { name } : {}) });
const file = (bytes: Uint8Array | Buffer, name: string) => ({ content: Buffer.from(bytes).toString("base64"), encoding: "base64" as const, name });

describe("previewImport", () => {
  it("imports the demo article pair into the expected pairs and kinds, and writes nothing until confirmed", async () => {
    const translator = await createActor("TRANSLATOR");
    const before = await countRows();
    const proposal = await previewImport({ actor: translator, input: { source: text(FR, "article.fr.txt"), target: text(EN, "article.en.txt") } });
    expect(await countRows()).toEqual(before);

    const expectedKinds = JSON.parse(readFileSync(path.join(root, "tests/fixtures/seed-kinds.json"), "utf8")).kinds as string[];
    expect(proposal.rows.map((row) => row.kind)).toEqual(expectedKinds);
    expect(proposal).toMatchObject({ title: "Vladimir Putin in India to strengthen ties and maintain a balance", sourceLang: "fr", targetLang: "en", suggestSwap: false });
    expect(proposal.rows[39]).toMatchObject({ sourceText: "Russie", targetText: "Russia", kind: "TAG" });
    expect(proposal.rows.filter((row) => row.isDoubtful).length).toBeLessThan(10);

    const { id } = await createDocument({ actor: translator, input: { title: proposal.title, pairs: proposal.rows } });
    const document = await getDocument({ actor: translator, documentId: id });
    expect(document.segments.filter((s) => s.state === "EXCLUDED").map((s) => s.targetText)).toEqual([
      "Advertising",
      "Read more",
      ",",
      "Newsletter",
      "Receive all international news directly in your mailbox",
      "I subscribe",
      "Follow all the international news by downloading the RFI application",
      "google-play-badge_FR",
    ]);
  });

  it("reads HTML and Markdown, keeping the article text", async () => {
    const translator = await createActor("TRANSLATOR");
    const html = `<html><body><nav>Menu</nav><article><h1>Poutine en Inde</h1><p>Il est à New Delhi ce lundi 6 décembre.</p><script>x()</script><p>Publicité</p></article></body></html>`;
    const markdown = "# Putin in India\n\nHe is in New Delhi this Monday, December 6.\n\nAdvertising\n";
    const proposal = await previewImport({ actor: translator, input: { source: text(html, "fr.html"), target: text(markdown, "en.md") } });
    expect(proposal.format).toEqual({ source: "html", target: "markdown" });
    expect(proposal.rows.map((row) => [row.kind, row.sourceText, row.targetText])).toEqual([
      ["TITLE", "Poutine en Inde", "Putin in India"],
      ["BODY", "Il est à New Delhi ce lundi 6 décembre.", "He is in New Delhi this Monday, December 6."],
      ["BOILERPLATE", "Publicité", "Advertising"],
    ]);
  });

  it("converts a Windows-1252 file when certain", async () => {
    const translator = await createActor("TRANSLATOR");
    const latin = Buffer.from("Poutine en Inde\n\nLa R\u00e9publique de l'Inde re\u00e7oit le pr\u00e9sident russe \u00e0 New Delhi.\n", "latin1");
    const proposal = await previewImport({ actor: translator, input: { source: file(latin, "fr.txt"), target: text("Putin in India\n\nThe Republic of India receives the Russian president in New Delhi.") } });
    expect(proposal.rows[1].sourceText).toBe("La République de l'Inde reçoit le président russe à New Delhi.");
  });

  it("offers to swap when the source is English and the target French", async () => {
    const translator = await createActor("TRANSLATOR");
    const proposal = await previewImport({ actor: translator, input: { source: text(EN), target: text(FR) } });
    expect(proposal.suggestSwap).toBe(true);
  });

  it("imports a bilingual XLIFF file directly; a reviewer's import keeps its states, a translator's cannot approve or reject", async () => {
    const translator = await createActor("TRANSLATOR");
    const reviewer = await createActor("REVIEWER");
    const segments = [
      { position: 0, kind: "TITLE" as const, state: "APPROVED" as const, sourceText: "Poutine en Inde", targetText: "Putin in India" },
      { position: 1, kind: "BODY" as const, state: "REJECTED" as const, sourceText: "Un déplacement rare.", targetText: "A rare trip." },
    ];
    const xliff = toXliff12({ documentId: "x", version: null, isDraft: false, createdAt: new Date().toISOString(), content: { sourceLang: "fr", targetLang: "en", segments, article: buildArticle(segments, "en") } });
    const proposal = await previewImport({ actor: translator, input: { source: text(xliff, "article.xlf") } });
    expect(proposal.rows.map((row) => [row.kind, row.state, row.sourceText, row.targetText])).toEqual(segments.map((s) => [s.kind, s.state, s.sourceText, s.targetText]));
    const asReviewer = await createDocument({ actor: reviewer, input: { title: proposal.title, pairs: proposal.rows } });
    expect((await getDocument({ actor: reviewer, documentId: asReviewer.id })).segments.map((s) => s.state)).toEqual(["APPROVED", "REJECTED"]);
    const asTranslator = await createDocument({ actor: translator, input: { title: proposal.title, pairs: proposal.rows } });
    expect((await getDocument({ actor: translator, documentId: asTranslator.id })).segments.map((s) => s.state)).toEqual(["TRANSLATED", "TRANSLATED"]);
  });

  const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001", "hex");
  const cyrillic = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x20, 0xec, 0xe8, 0xf0, 0x2e]);
  it.each([
    ["empty fields", { source: text("  "), target: text("") }, { reason: "empty" }],
    ["only the source", { source: text(FR) }, { reason: "empty-target", side: "target" }],
    ["only the target", { target: text(EN) }, { reason: "empty-source", side: "source" }],
    ["a binary file", { source: file(png, "photo.txt"), target: text(EN) }, { reason: "binary", side: "source" }],
    ["text that is not UTF-8 nor certainly Windows-1252", { source: text(FR), target: file(cyrillic, "en.txt") }, { reason: "encoding-uncertain", side: "target" }],
    ["a file over the size limit", { source: file(Buffer.alloc(2 * 1024 * 1024 + 1, 0x61), "big.txt"), target: text(EN) }, { reason: "too-large", side: "source" }],
    ["the same language on both sides", { source: text(EN), target: text(EN) }, { reason: "same-language" }],
    ["malformed XML", { source: text("<?xml version='1.0'?><xliff version='1.2'><file>", "a.xlf") }, { reason: "xml-malformed" }],
    ["an XML bomb", { source: text(`<?xml version="1.0"?><!DOCTYPE b [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><xliff version="1.2"><file><body><trans-unit id="1"><source>&b;</source></trans-unit></body></file></xliff>`, "bomb.xlf") }, { reason: "xml-doctype-forbidden" }],
    ["an external entity", { source: text(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff version="1.2"><file><body><trans-unit id="1"><source>&e;</source></trans-unit></body></file></xliff>`, "xxe.xlf") }, { reason: "xml-doctype-forbidden" }],
    ["XLIFF without units", { source: text(`<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="fr" trgLang="en"><file id="f"/></xliff>`, "empty.xlf") }, { reason: "xliff-no-units" }],
    ["an XLIFF file with a second text", { source: text(`<xliff version="1.2"><file><body><trans-unit id="1"><source>a</source></trans-unit></body></file></xliff>`, "a.xlf"), target: text(EN) }, { reason: "xliff-with-second-file" }],
  ])("refuses %s with a reason and writes nothing", async (_label, input, params) => {
    const translator = await createActor("TRANSLATOR");
    const before = await countRows();
    await expect(previewImport({ actor: translator, input })).rejects.toMatchObject({ code: "INVALID_IMPORT", status: 400, params });
    expect(await countRows()).toEqual(before);
  });

  it("refuses a publisher, who does not import", async () => {
    await expect(previewImport({ actor: await createActor("PUBLISHER"), input: { source: text(FR), target: text(EN) } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("XLIFF inline markup through the database", () => {
  it("keeps inline codes from import to export, and leaves them out of the English article", async () => {
    const { exportDocument } = await import("@/server/services/publishing/export-document");
    const xliff = `<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="fr" target-language="en" datatype="html"><body>
<trans-unit id="1"><source>Poutine en <g id="1" ctype="bold">Inde</g></source><target state="translated">Putin in <g id="1" ctype="bold">India</g></target></trans-unit>
<trans-unit id="2"><source>Ligne<x id="1" ctype="lb"/>suivante</source><target state="translated">Line<x id="1" ctype="lb"/>next</target></trans-unit>
</body></file></xliff>`;
    const reviewer = await createActor("REVIEWER");
    const proposal = await previewImport({ actor: reviewer, input: { source: text(xliff, "inline.xlf") } });
    const { id } = await createDocument({ actor: reviewer, input: { title: proposal.title, pairs: proposal.rows } });
    const document = await getDocument({ actor: reviewer, documentId: id });
    expect(document.segments.map((s) => s.targetText)).toEqual(["Putin in {1}India{/1}", "Line{1/}next"]);
    const exported = await exportDocument({ actor: reviewer, input: { documentId: id, format: "xliff12", draft: true } });
    expect(String(exported.body)).toContain('<target xml:lang="en" state="translated">Putin in <g id="1" ctype="bold">India</g></target>');
    expect(String(exported.body)).toContain('Line<x id="1" ctype="lb"/>next</target>');
    const html = await exportDocument({ actor: reviewer, input: { documentId: id, format: "html", draft: true } });
    expect(String(html.body)).toContain("<h1>Putin in India</h1>");
  });

  it("refuses inline codes that are not XLIFF inline elements", async () => {
    const reviewer = await createActor("REVIEWER");
    const hostile = { "1": { tag: "script", attrs: {}, isPaired: true, dialect: "1.2" } };
    await expect(
      createDocument({ actor: reviewer, input: { title: "x", pairs: [{ kind: "BODY", sourceText: "a", targetText: "{1}b{/1}", inlineCodes: hostile }] } as never }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("reads and aligns off the main thread: other work goes on while a large import is aligned", async () => {
    const translator = await createActor("TRANSLATOR");
    const paragraphs = (language: "fr" | "en") =>
      Array.from({ length: 2_000 }, (_, n) =>
        language === "fr" ? `Le paragraphe ${n} parle de Moscou et de New Delhi, en ${1900 + (n % 100)}.` : `Paragraph ${n} is about Moscow and New Delhi, in ${1900 + (n % 100)}.`,
      ).join("\n\n");
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 20);
    let proposal: Awaited<ReturnType<typeof previewImport>>;
    try {
      proposal = await previewImport({
        actor: translator,
        input: { title: "Long", source: { content: paragraphs("fr"), format: "text" }, target: { content: paragraphs("en"), format: "text" } },
      });
    } finally {
      clearInterval(ticker);
    }
    expect(proposal.rows).toHaveLength(2_000);
    // Had the alignment run on this thread, the timer could not have fired while it did.
    expect(ticks).toBeGreaterThan(10);
  });
});
