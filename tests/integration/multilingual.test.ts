import { readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/permissions";
import { loadActor } from "@/server/auth/find-actor";
import { createDocument } from "@/server/services/documents/create-document";
import { getDocument } from "@/server/services/documents/get-document";
import { listDocuments } from "@/server/services/documents/list-documents";
import { saveSegment } from "@/server/services/segments/save-segment";
import { reviewSegment } from "@/server/services/review/review-segment";
import { publishDocument } from "@/server/services/publishing/publish-document";
import { listPublications } from "@/server/services/publishing/list-publications";
import { exportDocument } from "@/server/services/publishing/export-document";
import { addTranslation } from "@/server/services/translations/add-translation";
import { previewTranslation } from "@/server/services/translations/preview-translation";
import { listTranslations } from "@/server/services/translations/list-translations";
import { updateUserLanguages } from "@/server/services/users/update-user-languages";
import { createGlossaryTerm } from "@/server/services/glossary/create-glossary-term";
import { exportGlossary } from "@/server/services/glossary/export-glossary";
import { updateGlossaryTerm } from "@/server/services/glossary/update-glossary-term";
import { deleteGlossaryTerm } from "@/server/services/glossary/delete-glossary-term";
import { listGlossaryLanguages, listGlossaryTerms } from "@/server/services/glossary/list-glossary-terms";
import { createActor, countRows } from "./support/actors";

const root = path.resolve(import.meta.dirname, "../..");

const PAIRS = [
  { kind: "TITLE" as const, sourceText: "Poutine en Inde", targetText: "Putin in India" },
  { kind: "BODY" as const, sourceText: "Le président russe arrive à New Delhi jeudi pour deux jours.", targetText: "The Russian president arrives in New Delhi on Thursday for two days." },
  { kind: "BODY" as const, sourceText: "Il rencontrera le Premier ministre Narendra Modi vendredi.", targetText: "" },
  { kind: "BOILERPLATE" as const, sourceText: "Lire aussi", targetText: "Read more" },
];

async function refreshed(actor: Actor): Promise<Actor> {
  const fresh = await loadActor(actor.id);
  if (!fresh) throw new Error("account gone");
  return fresh;
}

async function approveAll(actor: Actor, documentId: string, lang: string) {
  const { segments } = await getDocument({ actor, documentId, lang });
  for (const segment of segments) {
    if (segment.state === "EXCLUDED") continue;
    let version = segment.version;
    if (segment.targetText === "") {
      version = (await saveSegment({ actor, input: { segmentId: segment.id, targetText: `(${lang}) ${segment.sourceText}`, version } })).segment.version;
    }
    await reviewSegment({ actor, input: { segmentId: segment.id, action: "approve", version } });
  }
}

describe("an article in several target languages", () => {
  let admin: Actor;
  let reviewer: Actor;
  let publisher: Actor;
  let documentId: string;

  beforeAll(async () => {
    admin = await createActor("ADMIN");
    reviewer = await createActor("REVIEWER");
    publisher = await createActor("PUBLISHER");
    ({ id: documentId } = await createDocument({ actor: reviewer, input: { title: "Poutine en Inde", targetLang: "en", pairs: PAIRS } }));
  });

  it("adds Spanish empty: one paragraph per French paragraph, sharing it with English, furniture excluded", async () => {
    const rowsBefore = await countRows();
    await expect(addTranslation({ actor: reviewer, input: { documentId, lang: "ES" } })).resolves.toEqual({ id: documentId, lang: "es" });
    const [english, spanish] = await Promise.all([getDocument({ actor: reviewer, documentId, lang: "en" }), getDocument({ actor: reviewer, documentId, lang: "es" })]);
    expect(spanish.targetLang).toBe("es");
    expect(spanish.segments.map((s) => [s.sourceText, s.targetText, s.state, s.lang])).toEqual([
      ["Poutine en Inde", "", "UNTRANSLATED", "es"],
      [PAIRS[1].sourceText, "", "UNTRANSLATED", "es"],
      [PAIRS[2].sourceText, "", "UNTRANSLATED", "es"],
      ["Lire aussi", "", "EXCLUDED", "es"],
    ]);
    const paragraphIds = async (lang: string) =>
      (await db.segment.findMany({ where: { documentId, lang }, orderBy: { position: "asc" }, select: { paragraphId: true } })).map((row) => row.paragraphId);
    expect(await paragraphIds("es")).toEqual(await paragraphIds("en"));
    expect(english.segments.map((s) => s.targetText)).toEqual(PAIRS.map((pair) => pair.targetText));
    expect(spanish.languages.map((language) => language.lang)).toEqual(["en", "es"]);
    const rowsAfter = await countRows();
    expect(rowsAfter.segments - rowsBefore.segments).toBe(4);
    expect(rowsAfter.revisions).toBe(rowsBefore.revisions);
    expect(await db.auditEvent.count({ where: { action: "translation.added", documentId } })).toBe(1);
  });

  it.each([
    ["a language the article has", { lang: "es" }, "ALREADY_EXISTS"],
    ["the source language", { lang: "fr" }, "INVALID_INPUT"],
    ["the source language in a regional form", { lang: "fr-CA" }, "INVALID_INPUT"],
    ["a tag that is no language", { lang: "spanish!" }, "INVALID_INPUT"],
    ["translations that do not match the paragraphs", { lang: "de", targets: ["Putin in Indien"], sourceRevision: 1 }, "INVALID_INPUT"],
  ])("refuses %s and writes nothing", async (_what, input, code) => {
    const before = await countRows();
    await expect(addTranslation({ actor: reviewer, input: { documentId, ...input } })).rejects.toMatchObject({ code });
    expect(await countRows()).toEqual(before);
  });

  it("refuses a role without the import right", async () => {
    await expect(addTranslation({ actor: publisher, input: { documentId, lang: "it" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("keeps states apart: approving in Spanish leaves English untouched", async () => {
    const spanish = await getDocument({ actor: reviewer, documentId, lang: "es" });
    const body = spanish.segments[1];
    const saved = await saveSegment({ actor: reviewer, input: { segmentId: body.id, targetText: "El presidente ruso llega a Nueva Delhi el jueves para dos días.", version: body.version } });
    await reviewSegment({ actor: reviewer, input: { segmentId: body.id, action: "approve", version: saved.segment.version } });
    const [english, after] = await Promise.all([getDocument({ actor: reviewer, documentId, lang: "en" }), getDocument({ actor: reviewer, documentId, lang: "es" })]);
    expect(after.segments[1].state).toBe("APPROVED");
    expect(english.segments[1]).toMatchObject({ state: "TRANSLATED", targetText: PAIRS[1].targetText });
    expect(after.languages.find((language) => language.lang === "es")?.progress).toMatchObject({ approved: 1 });
    expect(after.languages.find((language) => language.lang === "en")?.progress).toMatchObject({ approved: 0 });
  });

  it("keeps publications apart: Spanish is published as its number 1, English has none, the export says es", async () => {
    await approveAll(reviewer, documentId, "es");
    const publication = await publishDocument({ actor: publisher, input: { documentId, lang: "es" } });
    expect(publication.number).toBe(1);
    await expect(listPublications({ actor: publisher, documentId, lang: "en" })).resolves.toEqual([]);
    expect(await listPublications({ actor: publisher, documentId, lang: "es" })).toHaveLength(1);
    const html = await exportDocument({ actor: publisher, input: { documentId, format: "html", lang: "es" } });
    expect(String(html.body)).toContain('lang="es"');
    expect(String(html.body)).toContain("El presidente ruso llega a Nueva Delhi");
    expect(String(html.body)).not.toContain("The Russian president");
    const xliff = await exportDocument({ actor: publisher, input: { documentId, format: "xliff20", lang: "es" } });
    expect(String(xliff.body)).toContain('trgLang="es"');
    const tmx = await exportDocument({ actor: publisher, input: { documentId, format: "tmx", lang: "es" } });
    expect(String(tmx.body)).toContain('xml:lang="es"');
    const xliff12 = await exportDocument({ actor: publisher, input: { documentId, format: "xliff12", lang: "es" } });
    expect(String(xliff12.body)).toContain('target-language="es"');
    const docx = await exportDocument({ actor: publisher, input: { documentId, format: "docx", lang: "es" } });
    const word = unzipSync(docx.body as Uint8Array);
    expect(strFromU8(word["word/styles.xml"])).toMatch(/<w:lang w:val="es"/);
    expect(strFromU8(word["word/document.xml"])).toContain("El presidente ruso llega a Nueva Delhi");
    // English is still unpublished: its export asks for a publication that does not exist.
    await expect(exportDocument({ actor: publisher, input: { documentId, format: "html", lang: "en" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("adds German from an existing translation file, aligned to the fixed French paragraphs", async () => {
    const file = ["Putin in Indien", "Der russische Präsident kommt am Donnerstag für zwei Tage in Neu-Delhi an.", "Er trifft am Freitag Premierminister Narendra Modi."].join("\n\n");
    const preview = await previewTranslation({ actor: reviewer, input: { documentId, lang: "de", target: { content: file, name: "artikel.txt" } } });
    expect(preview.rows.map((row) => [row.position, row.kind, row.sourceText, row.targetText])).toEqual([
      [0, "TITLE", "Poutine en Inde", "Putin in Indien"],
      [1, "BODY", PAIRS[1].sourceText, "Der russische Präsident kommt am Donnerstag für zwei Tage in Neu-Delhi an."],
      [2, "BODY", PAIRS[2].sourceText, "Er trifft am Freitag Premierminister Narendra Modi."],
      [3, "BOILERPLATE", "Lire aussi", ""],
    ]);
    expect(await db.translation.count({ where: { documentId, lang: "de" } })).toBe(0);
    await addTranslation({ actor: reviewer, input: { documentId, lang: "de", targets: preview.rows.map((row) => row.targetText), sourceRevision: preview.sourceRevision } });
    const german = await getDocument({ actor: reviewer, documentId, lang: "de" });
    expect(german.segments.map((s) => s.state)).toEqual(["TRANSLATED", "TRANSLATED", "TRANSLATED", "EXCLUDED"]);
    expect(await db.revision.count({ where: { segment: { documentId, lang: "de" }, reason: "IMPORT" } })).toBe(3);
  });

  it("refuses a preview for a language the article has, or an unreadable file", async () => {
    await expect(previewTranslation({ actor: reviewer, input: { documentId, lang: "es", target: { content: "Hola" } } })).rejects.toMatchObject({ code: "ALREADY_EXISTS" });
    await expect(previewTranslation({ actor: reviewer, input: { documentId, lang: "it", target: { content: "   " } } })).rejects.toMatchObject({
      code: "INVALID_IMPORT",
      params: { reason: "empty-target" },
    });
  });

  it("lists every language of each article with its progress", async () => {
    const page = await listDocuments({ actor: reviewer });
    const summary = page.documents.find((document) => document.id === documentId);
    expect(summary?.languages.map((language) => [language.lang, language.progress.approved, language.progress.total])).toEqual([
      ["en", 0, 4],
      ["de", 0, 4],
      ["es", 3, 4],
    ]);
  });

  describe("an account limited to Spanish", () => {
    let translator: Actor;

    beforeAll(async () => {
      const account = await createActor("TRANSLATOR");
      const { version } = await db.user.findUniqueOrThrow({ where: { id: account.id }, select: { version: true } });
      await updateUserLanguages({ actor: admin, input: { userId: account.id, targetLangs: "es", version } });
      translator = await refreshed(account);
    });

    it("is refused LANGUAGE_NOT_ALLOWED on English, reading or writing", async () => {
      expect(translator.targetLangs).toEqual(["es"]);
      await expect(getDocument({ actor: translator, documentId, lang: "en" })).rejects.toMatchObject({ code: "LANGUAGE_NOT_ALLOWED" });
      const englishRow = await db.segment.findFirstOrThrow({ where: { documentId, lang: "en", position: 2 }, select: { id: true, version: true } });
      await expect(saveSegment({ actor: translator, input: { segmentId: englishRow.id, targetText: "He meets Modi.", version: englishRow.version } })).rejects.toMatchObject({
        code: "LANGUAGE_NOT_ALLOWED",
      });
      await expect(addTranslation({ actor: translator, input: { documentId, lang: "it" } })).rejects.toMatchObject({ code: "LANGUAGE_NOT_ALLOWED" });
    });

    it("works on Spanish and sees only Spanish among the article's languages", async () => {
      const spanish = await getDocument({ actor: translator, documentId, lang: "es" });
      expect(spanish.languages.map((language) => language.lang)).toEqual(["es"]);
      await expect(listTranslations({ actor: translator, documentId })).resolves.toHaveLength(1);
      const row = spanish.segments[2];
      await expect(saveSegment({ actor: translator, input: { segmentId: row.id, targetText: "Se reunirá con Modi el viernes.", version: row.version } })).resolves.toMatchObject({
        segment: { targetText: "Se reunirá con Modi el viernes.", lang: "es" },
      });
    });

    it("is lifted by an administrator: an empty list means every language, from the next request", async () => {
      const { version } = await db.user.findUniqueOrThrow({ where: { id: translator.id }, select: { version: true } });
      await updateUserLanguages({ actor: admin, input: { userId: translator.id, targetLangs: [], version } });
      await expect(getDocument({ actor: await refreshed(translator), documentId, lang: "en" })).resolves.toMatchObject({ targetLang: "en" });
    });

    it("is set by administrators only, with the version they saw, and with real language tags", async () => {
      const { version } = await db.user.findUniqueOrThrow({ where: { id: translator.id }, select: { version: true } });
      await expect(updateUserLanguages({ actor: reviewer, input: { userId: translator.id, targetLangs: "es", version } })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(updateUserLanguages({ actor: admin, input: { userId: translator.id, targetLangs: "es", version: version - 1 } })).rejects.toMatchObject({ code: "CONFLICT" });
      await expect(updateUserLanguages({ actor: admin, input: { userId: translator.id, targetLangs: "es klingon!", version } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
      await expect(updateUserLanguages({ actor: admin, input: { userId: translator.id, targetLangs: "ES, pt-br", version } })).resolves.toEqual({ version: version + 1 });
      expect((await refreshed(translator)).targetLangs).toEqual(["es", "pt-BR"]);
    });
  });

  it("keeps a glossary per language pair: a Spanish term checks only the Spanish translation", async () => {
    await createGlossaryTerm({ actor: admin, input: { sourceTerm: "Poutine", targetTerm: "Putin", targetLang: "en" } });
    await createGlossaryTerm({ actor: admin, input: { sourceTerm: "Poutine", targetTerm: "Putin", forbidden: ["Poutine"], targetLang: "es" } });
    await createGlossaryTerm({ actor: admin, input: { sourceTerm: "Inde", targetTerm: "India", targetLang: "es" } });
    expect((await listGlossaryTerms({ actor: reviewer, lang: "es" })).map((term) => [term.sourceTerm, term.targetLang])).toEqual([
      ["Inde", "es"],
      ["Poutine", "es"],
    ]);
    expect((await listGlossaryTerms({ actor: reviewer })).map((term) => term.sourceTerm)).toEqual(["Poutine"]);
    expect(await listGlossaryLanguages({ actor: reviewer })).toEqual(["en", "de", "es"]);
    const [english, spanish] = await Promise.all([getDocument({ actor: reviewer, documentId, lang: "en" }), getDocument({ actor: reviewer, documentId, lang: "es" })]);
    expect(english.glossary.map((entry) => entry.sourceTerm)).toEqual(["Poutine"]);
    expect(spanish.glossary.map((entry) => [entry.sourceTerm, entry.forbidden])).toEqual(
      expect.arrayContaining([
        ["Inde", []],
        ["Poutine", ["Poutine"]],
      ]),
    );
    const tbx = await exportGlossary({ actor: reviewer, format: "tbx", lang: "es" });
    expect(tbx.filename).toBe("glossary-fr-es.tbx");
    expect(tbx.body).toContain('xml:lang="es"');
    // The same French term may have an entry in each pair, but only one per pair.
    await expect(createGlossaryTerm({ actor: admin, input: { sourceTerm: "Inde", targetTerm: "la India", targetLang: "es" } })).rejects.toMatchObject({ code: "ALREADY_EXISTS" });
  });

  it("lets a reviewer limited to Spanish manage the Spanish glossary only", async () => {
    const account = await createActor("REVIEWER");
    const { version } = await db.user.findUniqueOrThrow({ where: { id: account.id }, select: { version: true } });
    await updateUserLanguages({ actor: admin, input: { userId: account.id, targetLangs: "es", version } });
    const limited = await refreshed(account);
    const english = await createGlossaryTerm({ actor: admin, input: { sourceTerm: "Kremlin", targetTerm: "Kremlin", targetLang: "en" } });
    await expect(createGlossaryTerm({ actor: limited, input: { sourceTerm: "Élysée", targetTerm: "Elysee", targetLang: "en" } })).rejects.toMatchObject({ code: "LANGUAGE_NOT_ALLOWED" });
    await expect(updateGlossaryTerm({ actor: limited, input: { id: english.id, version: english.version, sourceTerm: "Kremlin", targetTerm: "the Kremlin" } })).rejects.toMatchObject({ code: "LANGUAGE_NOT_ALLOWED" });
    await expect(deleteGlossaryTerm({ actor: limited, id: english.id })).rejects.toMatchObject({ code: "LANGUAGE_NOT_ALLOWED" });
    await expect(createGlossaryTerm({ actor: limited, input: { sourceTerm: "Élysée", targetTerm: "Elíseo", targetLang: "es" } })).resolves.toMatchObject({ targetLang: "es" });
    expect(await db.glossaryTerm.count({ where: { sourceTerm: "Kremlin", targetLang: "en", targetTerm: "Kremlin" } })).toBe(1);
  });

  it("adds a language to the demo article from its own English file, every paragraph aligned", async () => {
    const english = readFileSync(path.join(root, "prisma/seed/article.en.txt"), "utf8");
    const french = readFileSync(path.join(root, "prisma/seed/article.fr.txt"), "utf8");
    const { previewImport } = await import("@/server/services/imports/preview-import");
    const proposal = await previewImport({ actor: reviewer, input: { source: { content: french }, target: { content: english } } });
    const { id } = await createDocument({ actor: reviewer, input: { title: proposal.title, pairs: proposal.rows.map((row) => ({ ...row, targetText: "" })) } });
    const preview = await previewTranslation({ actor: reviewer, input: { documentId: id, lang: "en-GB", target: { content: english } } });
    expect(preview.lang).toBe("en-GB");
    expect(preview.rows.map((row) => row.targetText)).toEqual(proposal.rows.map((row) => row.targetText));
  });
});
