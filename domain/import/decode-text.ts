/** Largest file we import: far above any article, small enough to keep the server responsive. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export type DecodeRefusal = "empty" | "too-large" | "binary" | "encoding-uncertain";
export type DecodeResult = { ok: true; text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" } | { ok: false; code: DecodeRefusal };

/** Characters a French or English news text may use once decoded from Windows-1252. */
const WESTERN_TEXT = /^[\t\n\r\x20-\x7E\u00A0-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]*$/;

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control += 1;
  }
  return control > sample.length * 0.02;
}

/**
 * Decodes an uploaded text file. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as
 * such. Anything else is converted from Windows-1252 only when that is certain: the bytes are not
 * UTF-8, every byte is defined in Windows-1252, and every decoded character is one Western text
 * uses. Otherwise the file is refused rather than turned into mojibake.
 */
export function decodeText(bytes: Uint8Array, maxBytes = MAX_IMPORT_BYTES): DecodeResult {
  if (bytes.length > maxBytes) return { ok: false, code: "too-large" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(new TextDecoder("utf-16le").decode(bytes.subarray(2)), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(new TextDecoder("utf-16be").decode(bytes.subarray(2)), "utf-16be");
  if (looksBinary(bytes)) return { ok: false, code: "binary" };
  try {
    return finish(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes), "utf-8");
  } catch {
    // Not UTF-8: maybe Windows-1252 / Latin-1, as old newsroom systems export.
  }
  const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
  if (bytes.some((byte) => UNDEFINED_IN_1252.has(byte))) return { ok: false, code: "encoding-uncertain" };
  const text = decodeWindows1252(bytes);
  if (!WESTERN_TEXT.test(text) || !/[A-Za-z]{3}/.test(text)) return { ok: false, code: "encoding-uncertain" };
  return finish(text, "windows-1252");
}

/**
 * Windows-1252 is Latin-1 except for 0x80-0x9F. (Node's TextDecoder("windows-1252") decodes
 * those bytes as Latin-1 control characters, so the 27 differences are mapped here.)
 */
const CP1252_HIGH: Record<number, string> = {
  0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰", 0x8a: "Š", 0x8b: "‹", 0x8c: "Œ", 0x8e: "Ž",
  0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™", 0x9a: "š", 0x9b: "›", 0x9c: "œ", 0x9e: "ž", 0x9f: "Ÿ",
};

function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += CP1252_HIGH[byte] ?? String.fromCharCode(byte);
  return text;
}

function finish(text: string, encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252"): DecodeResult {
  const clean = text.replace(/^\uFEFF/, "");
  if (clean.trim() === "") return { ok: false, code: "empty" };
  if (/[\u0000-\u0008\u000E-\u001F]/.test(clean)) return { ok: false, code: "binary" };
  return { ok: true, text: clean.normalize("NFC"), encoding };
}
