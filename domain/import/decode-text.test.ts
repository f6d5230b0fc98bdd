import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text";

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);
const latin = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));

describe("decodeText", () => {
  it.each([
    ["UTF-8", utf8("Pékin et Moscou"), "Pékin et Moscou", "utf-8"],
    ["UTF-8 with a BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Été")]), "Été", "utf-8"],
    ["UTF-16LE with a BOM", new Uint8Array([0xff, 0xfe, ...[..."Noël"].flatMap((c) => [c.charCodeAt(0), 0])]), "Noël", "utf-16le"],
    ["Windows-1252 French with œ and curly quotes", bytes(...latin("L\u00e9ger c"), 0x9c, ...latin("ur, "), 0x93, ...latin("dit-il"), 0x94), "Léger cœur, “dit-il”", "windows-1252"],
    ["Windows-1252 with a euro sign and a dash", bytes(...latin("Prix : 54 "), 0x80, 0x20, 0x96, 0x20, ...latin("fin")), "Prix : 54 € – fin", "windows-1252"],
  ])("reads %s", (_label, input, text, encoding) => {
    expect(decodeText(input)).toEqual({ ok: true, text, encoding });
  });

  it.each([
    ["an empty file", utf8("  \n \n"), "empty"],
    ["a file over the limit", utf8("x".repeat(101)), "too-large", 100],
    ["a PNG image", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d), "binary"],
    ["a PDF-like file with control bytes", bytes(...latin("%PDF-1.7 "), 1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16), "binary"],
    ["Windows-1251 Cyrillic, which is not Western text", bytes(0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x20, 0xec, 0xe8, 0xf0), "encoding-uncertain"],
    ["bytes undefined in Windows-1252", bytes(...latin("abc "), 0x81, 0x8d), "encoding-uncertain"],
  ])("refuses %s", (_label, input, code, limit?: number) => {
    expect(decodeText(input, limit)).toEqual({ ok: false, code });
  });
});
