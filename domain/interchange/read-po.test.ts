import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCommonPo, readPo } from "./read-po";

const bytes = (text: string) => new TextEncoder().encode(text);
const quote = (text: string) => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;

const COMMON = [
  // Header, contexts, a fuzzy message, strings over several lines, escapes, comments of every kind.
  [
    "# Translator's comment",
    'msgid ""',
    'msgstr ""',
    '"Project-Id-Version: test\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"language: pt_BR\\n"',
    '"X-Source-Language: fr\\n"',
    "",
    "#. extracted",
    "#: article.html:12",
    "#, fuzzy, c-format",
    'msgctxt "p1"',
    'msgid "Le président a dit : « non »."',
    'msgstr "The president said: “no”."',
    "",
    "#| msgid \"old\"",
    'msgctxt "p2"',
    'msgid ""',
    '"Deux lignes\\n"',
    '"et une \\"citation\\" \\t tabulée\\\\"',
    'msgstr "Two lines\\n"',
    '"and a quote"',
    "",
    'msgid "2024"',
    'msgstr "2024"',
    "",
    'msgid "Texte sans contexte"',
    'msgstr ""',
    "",
    "#, fuzzy",
    'msgctxt ""',
    'msgid "Contexte vide"',
    'msgstr "Empty context"',
  ].join("\n"),
  // Windows line ends, no final line end, a message whose msgid is digits alone after others.
  ['msgid ""', 'msgstr "Language: es\\n"', "", 'msgid "b"', 'msgstr "B"', "", 'msgid "12"', 'msgstr "doce"', "", "#, fuzzy", 'msgid "a"', 'msgstr "A"'].join("\r\n"),
];

const UNCOMMON = {
  "plural messages": ['msgid ""', 'msgstr "Plural-Forms: nplurals=2; plural=(n != 1);\\n"', "", 'msgid "un"', 'msgid_plural "des"', 'msgstr[0] "one"', 'msgstr[1] "many"'].join("\n"),
  "obsolete messages": ['msgid "a"', 'msgstr "A"', "", '#~ msgid "old"', '#~ msgstr "OLD"'].join("\n"),
  "another charset": ['msgid ""', 'msgstr "Content-Type: text/plain; charset=ISO-8859-1\\n"', "", 'msgid "caf\xe9"', 'msgstr "cafe"'].join("\n"),
  "a duplicate msgid": ['msgid "a"', 'msgstr "A"', "", 'msgid "a"', 'msgstr "B"'].join("\n"),
  "a msgid named like a property": ['msgid "constructor"', 'msgstr "A"'].join("\n"),
  "a comment inside a message": ['msgid "a"', "# here", 'msgstr "A"'].join("\n"),
  "an unclosed string": ['msgid "a', 'msgstr "A"'].join("\n"),
  "single quotes": ["msgid 'a'", "msgstr 'A'"].join("\n"),
  "no msgstr": ['msgid "a"', "", 'msgid "b"', 'msgstr "B"'].join("\n"),
  "two strings on one line": ['msgid "a" "b"', 'msgstr "A"'].join("\n"),
  "an unknown keyword": ['msgid "a"', 'msgstr "A"', 'msgfoo "x"'].join("\n"),
};

describe("readPo's fast reader gives what gettext-parser gives", () => {
  it.each(COMMON.map((text, index) => [index, text] as const))("common file %i: read by the fast reader, the same units and languages", (_index, text) => {
    expect(readCommonPo(bytes(text))).not.toBeNull();
    const fast = readPo(bytes(text));
    expect(fast).toEqual(readPo(bytes(text), { isFastPathAllowed: false }));
    expect(fast.ok && fast.units.length).toBeGreaterThan(2);
  });

  it("reads the first common file as a user would expect: contexts, a draft for the fuzzy message, escapes and the header's languages", () => {
    const read = readPo(bytes(COMMON[0]));
    expect(read).toMatchObject({ ok: true, sourceLang: "fr", targetLang: "pt_BR" });
    if (!read.ok) return;
    // gettext-parser's order, kept: messages without a context first (a msgid of digits alone first among them), then by context.
    expect(read.units.map((unit) => unit.sourceText.slice(0, 12))).toEqual(["2024", "Texte sans c", "Contexte vid", "Le président", "Deux lignes\n"]);
    expect(read.units[3]).toEqual({ sourceText: "Le président a dit : « non ».", targetText: "The president said: “no”.", state: "DRAFT", context: "p1" });
    expect(read.units[4]).toEqual({ sourceText: 'Deux lignes\net une "citation" \t tabulée\\', targetText: "Two lines\nand a quote", state: "TRANSLATED", context: "p2" });
    expect(read.units.find((unit) => unit.sourceText === "Texte sans contexte")?.state).toBe("UNTRANSLATED");
  });

  it.each(Object.entries(UNCOMMON))("a file with %s is left to gettext-parser, with the same result", (_name, text) => {
    expect(readCommonPo(bytes(text))).toBeNull();
    expect(readPo(bytes(text))).toEqual(readPo(bytes(text), { isFastPathAllowed: false }));
  });

  it("reads the quality checks' corpus as a PO file the same both ways", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const { documents } = JSON.parse(readFileSync(path.join(root, "tests/fixtures/check-corpus.json"), "utf8")) as { documents: { segments: { sourceText: string; targetText: string }[] }[] };
    const lines = ['msgid ""', 'msgstr "Content-Type: text/plain; charset=UTF-8\\n"', ""];
    documents.forEach((document, d) =>
      document.segments.forEach((segment, s) => lines.push(...(s % 7 === 0 ? ["#, fuzzy"] : []), `msgctxt "d${d}p${s}"`, `msgid ${quote(segment.sourceText || " ")}`, `msgstr ${quote(segment.targetText)}`, "")),
    );
    const text = lines.join("\n");
    expect(readCommonPo(bytes(text))).not.toBeNull();
    const fast = readPo(bytes(text));
    expect(fast).toEqual(readPo(bytes(text), { isFastPathAllowed: false }));
    expect(fast.ok && fast.units.length).toBe(documents.reduce((sum, document) => sum + document.segments.length, 0));
  });
});
