import { describe, expect, it } from "vitest";
import { MAX_IMPORT_PARAGRAPHS, MAX_NESTING_DEPTH, MAX_SEGMENT_LENGTH } from "./limits";
import { proposeImport, type ImportSide } from "./propose-import";

const encode = (text: string, name: string): ImportSide => ({ name, bytes: new TextEncoder().encode(text) });
// Lowercase sentences of varying lengths: plainly French or English, and no names or numbers,
// so that aligning thousands of them stays quick.
const FR = ["le conseil a longuement discuté des accords commerciaux avec les délégués", "la séance a repris après une courte pause", "les ministres ont signé le texte dans la soirée et sont repartis chez eux"];
const EN = ["the council discussed the trade agreements with the delegates at length", "the session resumed after a short break", "the ministers signed the text in the evening and went back home"];
const article = (sentences: string[], count: number) => Array.from({ length: count }, (_, i) => sentences[i % sentences.length]).join("\n\n");
const xliff = (units: number) =>
  `<xliff version="1.2"><file source-language="fr" target-language="en"><body>${Array.from({ length: units }, (_, i) => `<trans-unit id="${i}"><source>${FR[i % 3]}</source><target>${EN[i % 3]}</target></trans-unit>`).join("")}</body></file></xliff>`;

describe("proposeImport limits", () => {
  it.each([
    ["a French source one paragraph over the limit", { source: encode(article(FR, MAX_IMPORT_PARAGRAPHS + 1), "fr.txt"), target: encode(article(EN, 10), "en.txt") }, { reason: "too-many-paragraphs", side: "source", params: { limit: MAX_IMPORT_PARAGRAPHS, count: MAX_IMPORT_PARAGRAPHS + 1 } }],
    ["an English translation one paragraph over the limit", { source: encode(article(FR, 10), "fr.txt"), target: encode(article(EN, MAX_IMPORT_PARAGRAPHS + 1), "en.md") }, { reason: "too-many-paragraphs", side: "target", params: { limit: MAX_IMPORT_PARAGRAPHS, count: MAX_IMPORT_PARAGRAPHS + 1 } }],
    ["an XLIFF file one unit over the limit", { source: encode(xliff(MAX_IMPORT_PARAGRAPHS + 1), "both.xlf") }, { reason: "too-many-paragraphs", side: "source", params: { limit: MAX_IMPORT_PARAGRAPHS, count: MAX_IMPORT_PARAGRAPHS + 1 } }],
    ["a French paragraph one character over the paragraph limit", { source: encode(`${article(FR, 3)}\n\n${"a".repeat(MAX_SEGMENT_LENGTH + 1)}`, "fr.txt"), target: encode(article(EN, 4), "en.txt") }, { reason: "paragraph-too-long", side: "source", params: { limit: MAX_SEGMENT_LENGTH, paragraph: 4, length: MAX_SEGMENT_LENGTH + 1, count: MAX_SEGMENT_LENGTH + 1 } }],
    ["an English paragraph over the paragraph limit", { source: encode(article(FR, 3), "fr.txt"), target: encode(`${"b".repeat(MAX_SEGMENT_LENGTH + 5)}\n\n${article(EN, 2)}`, "en.md") }, { reason: "paragraph-too-long", side: "target", params: { limit: MAX_SEGMENT_LENGTH, paragraph: 1, length: MAX_SEGMENT_LENGTH + 5, count: MAX_SEGMENT_LENGTH + 5 } }],
    ["an XLIFF target over the paragraph limit", { source: encode(xliff(2).replace(`<target>${EN[1]}`, `<target>${"c".repeat(MAX_SEGMENT_LENGTH + 1)}`), "both.xlf") }, { reason: "paragraph-too-long", side: "target", params: { limit: MAX_SEGMENT_LENGTH, paragraph: 2, length: MAX_SEGMENT_LENGTH + 1, count: MAX_SEGMENT_LENGTH + 1 } }],
    ["HTML nested 100,000 elements deep", { source: encode(`<body>${"<div>".repeat(100_000)}${FR[0]}</body>`, "fr.html"), target: encode(article(EN, 3), "en.txt") }, { reason: "too-deep", side: "source", params: { limit: MAX_NESTING_DEPTH } }],
    ["Markdown quoted 100,000 levels deep", { source: encode(article(FR, 3), "fr.txt"), target: encode(`${">".repeat(100_000)} ${EN[0]}`, "en.md") }, { reason: "too-deep", side: "target", params: { limit: MAX_NESTING_DEPTH } }],
  ])("refuses %s, naming the limit", (_label, input, refusal) => {
    expect(proposeImport(input)).toEqual({ ok: false, ...refusal });
  });

  it("accepts a paragraph of exactly MAX_SEGMENT_LENGTH characters", () => {
    const result = proposeImport({ source: encode(`${FR[0]}\n\n${"a".repeat(MAX_SEGMENT_LENGTH)}`, "fr.txt"), target: encode(`${EN[0]}\n\n${"b".repeat(MAX_SEGMENT_LENGTH)}`, "en.txt") });
    expect(result.ok).toBe(true);
  });

  it("aligns exactly MAX_IMPORT_PARAGRAPHS paragraphs a side", () => {
    const result = proposeImport({ source: encode(article(FR, MAX_IMPORT_PARAGRAPHS), "fr.txt"), target: encode(article(EN, MAX_IMPORT_PARAGRAPHS), "en.txt") });
    expect(result.ok && result.proposal.rows.length).toBe(MAX_IMPORT_PARAGRAPHS);
    expect(result.ok && result.proposal.rows.every((row, i) => row.sourceText === FR[i % 3] && row.targetText === EN[i % 3])).toBe(true);
  }, 60_000);

  it("reads an XLIFF file of exactly MAX_IMPORT_PARAGRAPHS units", () => {
    const result = proposeImport({ source: encode(xliff(MAX_IMPORT_PARAGRAPHS), "both.xlf") });
    expect(result.ok && result.proposal.rows.length).toBe(MAX_IMPORT_PARAGRAPHS);
  });
});

describe("proposeImport's declared target language", () => {
  // Spanish reads to the French-or-English detector as French.
  const ES = ["el consejo discutió largamente los acuerdos comerciales con los delegados", "la sesión se reanudó después de una breve pausa", "los ministros firmaron el texto por la noche y volvieron a casa"];

  it("does not refuse a Spanish target as French when the target is declared Spanish, and proposes that language", () => {
    const result = proposeImport({ source: encode(article(FR, 3), "fr.txt"), target: encode(article(ES, 3), "es.txt"), targetLang: "es" });
    expect(result).toMatchObject({ ok: true, proposal: { sourceLang: "fr", targetLang: "es" } });
  });

  it.each([undefined, "en", "en-GB"])("still refuses two French files when the target is declared %s", (targetLang) => {
    expect(proposeImport({ source: encode(article(FR, 3), "fr.txt"), target: encode(article(FR, 3), "fr2.txt"), targetLang })).toMatchObject({ ok: false, reason: "same-language" });
  });
});
