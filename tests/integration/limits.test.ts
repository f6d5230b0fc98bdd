import { describe, expect, it } from "vitest";
import { MAX_IMPORT_PARAGRAPHS, MAX_SEGMENT_LENGTH } from "@/domain/import/limits";
import { MAX_GLOSSARY_FILE_LENGTH, MAX_GLOSSARY_IMPORT_TERMS, MAX_GLOSSARY_NOTE_LENGTH, MAX_GLOSSARY_TERM_LENGTH, MAX_GLOSSARY_VARIANTS } from "@/domain/qa/glossary-limits";
import { db } from "@/server/db";
import { createDocument } from "@/server/services/documents/create-document";
import { createGlossaryTerm } from "@/server/services/glossary/create-glossary-term";
import { importGlossary } from "@/server/services/glossary/import-glossary";
import { previewImport } from "@/server/services/imports/preview-import";
import { countRows, createActor } from "./support/actors";

const long = (length: number, letter = "x") => letter.repeat(length);
const text = (content: string, name: string) => ({ content, encoding: "text" as const, name });
const rows = async () => ({ ...(await countRows()), terms: await db.glossaryTerm.count() });
const HEADER = "source,target,forbidden,note\n";

describe("glossary limits", () => {
  it.each([
    ["a French term", { sourceTerm: long(MAX_GLOSSARY_TERM_LENGTH + 1), targetTerm: "Rome" }, { field: "sourceTerm", reason: "too-long", limit: MAX_GLOSSARY_TERM_LENGTH }],
    ["an English term", { sourceTerm: "Rome", targetTerm: long(MAX_GLOSSARY_TERM_LENGTH + 1) }, { field: "targetTerm", reason: "too-long", limit: MAX_GLOSSARY_TERM_LENGTH }],
    ["a forbidden variant", { sourceTerm: "Rome", targetTerm: "Rome", forbidden: [long(MAX_GLOSSARY_TERM_LENGTH + 1)] }, { field: "forbidden.0", reason: "too-long", limit: MAX_GLOSSARY_TERM_LENGTH }],
    ["the forbidden variants", { sourceTerm: "Rome", targetTerm: "Rome", forbidden: Array.from({ length: MAX_GLOSSARY_VARIANTS + 1 }, (_, i) => `v${i}`) }, { field: "forbidden", reason: "too-many", limit: MAX_GLOSSARY_VARIANTS }],
    ["a note", { sourceTerm: "Rome", targetTerm: "Rome", note: long(MAX_GLOSSARY_NOTE_LENGTH + 1) }, { field: "note", reason: "too-long", limit: MAX_GLOSSARY_NOTE_LENGTH }],
  ])("refuses %s over its limit in the form, naming the limit", async (_label, input, params) => {
    const reviewer = await createActor("REVIEWER");
    const before = await rows();
    await expect(createGlossaryTerm({ actor: reviewer, input })).rejects.toMatchObject({ code: "INVALID_INPUT", params });
    expect(await rows()).toEqual(before);
  });

  it.each([
    ["more terms than one import may hold", HEADER + Array.from({ length: MAX_GLOSSARY_IMPORT_TERMS + 1 }, (_, i) => `terme${i},term${i},,`).join("\n"), { reason: "too-many-terms", limit: MAX_GLOSSARY_IMPORT_TERMS }],
    ["a term the form would refuse", `${HEADER}Paris,Paris,,\n${long(MAX_GLOSSARY_TERM_LENGTH + 1)},Rome,,`, { reason: "term-too-long", row: 3, limit: MAX_GLOSSARY_TERM_LENGTH }],
    ["a note the form would refuse", `${HEADER}Rome,Rome,,${long(MAX_GLOSSARY_NOTE_LENGTH + 1)}`, { reason: "note-too-long", row: 2, limit: MAX_GLOSSARY_NOTE_LENGTH }],
    ["a file over the size limit", `${HEADER}Rome,Rome,,${long(MAX_GLOSSARY_FILE_LENGTH)}`, { field: "content", reason: "too-long", limit: MAX_GLOSSARY_FILE_LENGTH }],
  ])("refuses a glossary file with %s, naming the limit, and imports nothing of it", async (_label, content, params) => {
    const admin = await createActor("ADMIN");
    const before = await rows();
    await expect(importGlossary({ actor: admin, input: { format: "csv", content } })).rejects.toMatchObject({ code: "INVALID_INPUT", params });
    expect(await rows()).toEqual(before);
  });

  it("imports a file of exactly MAX_GLOSSARY_IMPORT_TERMS terms, and imports it again as updates", async () => {
    const admin = await createActor("ADMIN");
    const content = HEADER + Array.from({ length: MAX_GLOSSARY_IMPORT_TERMS }, (_, i) => `terme${i},term${i},,`).join("\n");
    await expect(importGlossary({ actor: admin, input: { format: "csv", content } })).resolves.toEqual({ added: MAX_GLOSSARY_IMPORT_TERMS, updated: 0 });
    await expect(importGlossary({ actor: admin, input: { format: "csv", content: content.replaceAll(",,", ",,a note") } })).resolves.toEqual({ added: 0, updated: MAX_GLOSSARY_IMPORT_TERMS });
    expect(await db.glossaryTerm.count({ where: { note: "a note", version: 2 } })).toBe(MAX_GLOSSARY_IMPORT_TERMS);
  }, 120_000);
});

describe("the paragraph limit at the import preview", () => {
  it("refuses a paragraph over MAX_SEGMENT_LENGTH when previewing, naming the paragraph and the limit", async () => {
    const translator = await createActor("TRANSLATOR");
    const source = `Poutine en Inde\n\n${long(MAX_SEGMENT_LENGTH + 1, "é")}`;
    const target = "Putin in India\n\nThe Russian president is in New Delhi.";
    await expect(previewImport({ actor: translator, input: { source: text(source, "fr.txt"), target: text(target, "en.txt") } })).rejects.toMatchObject({
      code: "INVALID_IMPORT",
      params: { reason: "paragraph-too-long", side: "source", paragraph: 2, limit: MAX_SEGMENT_LENGTH, length: MAX_SEGMENT_LENGTH + 1, count: MAX_SEGMENT_LENGTH + 1 },
    });
  });

  it("names the limit when a repaired row is over it at creation", async () => {
    const translator = await createActor("TRANSLATOR");
    const before = await countRows();
    const pairs = [{ kind: "BODY", sourceText: "a", targetText: long(MAX_SEGMENT_LENGTH + 1) }];
    await expect(createDocument({ actor: translator, input: { title: "T", pairs } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      params: { field: "pairs.0.targetText", reason: "too-long", limit: MAX_SEGMENT_LENGTH },
    });
    const tooMany = Array.from({ length: MAX_IMPORT_PARAGRAPHS + 1 }, () => ({ kind: "BODY", sourceText: "a", targetText: "b" }));
    await expect(createDocument({ actor: translator, input: { title: "T", pairs: tooMany } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      params: { field: "pairs", reason: "too-many", limit: MAX_IMPORT_PARAGRAPHS },
    });
    expect(await countRows()).toEqual(before);
  });
});
