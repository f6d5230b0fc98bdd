import { decodeText, MAX_IMPORT_BYTES } from "../import/decode-text";
import { detectLanguage } from "../import/detect-language";
import { MAX_IMPORT_PARAGRAPHS, MAX_NESTING_DEPTH, MAX_SEGMENT_LENGTH } from "../import/limits";
import { readArticle, resolveFormat, type InputFormat } from "../import/read-article";
import type { Paragraph } from "../segmentation/split-paragraphs";
import { classifyLinks } from "./classify-links";
import { compareSources } from "./compare-sources";
import { normaliseSourceText } from "./normalise-text";
import type { PairingRefusalCode, SourceComparison } from "./types";

/** A new French version as uploaded or pasted: the import's readers (text, Markdown, HTML). */
export type SourceFile = { name?: string; bytes: Uint8Array; format?: InputFormat };

/** Why a new version cannot be read, with the import's reasons and parameters (side "source"). */
export type SourceFileRefusal = { reason: string; params?: Record<string, string | number> };

export type PreparedSourceUpdate =
  | {
      ok: true;
      /** The new version's paragraphs, with the bullets the readers saw (an inserted paragraph's kind needs them). */
      paragraphs: Paragraph[];
      comparison: SourceComparison;
      /** The new text reads as English: the translation given instead of the French. */
      looksEnglish: boolean;
      /** Nothing but whitespace changed. */
      isUnchanged: boolean;
    }
  | ({ ok: false; kind: "file" } & SourceFileRefusal)
  | { ok: false; kind: "links"; code: PairingRefusalCode };

/**
 * Reads a new version of a French article exactly as an import reads its source, refusing what
 * an import refuses (empty, too large, too many or too long paragraphs, too deep). XLIFF carries
 * a translation, not a new French version: refused. Pure, so that it can run in a worker.
 */
export function readSourceFile(file: SourceFile): { ok: true; paragraphs: Paragraph[] } | ({ ok: false } & SourceFileRefusal) {
  if (file.bytes.length === 0) return { ok: false, reason: "empty-source" };
  const decoded = decodeText(file.bytes);
  if (!decoded.ok) {
    if (decoded.code === "empty") return { ok: false, reason: "empty-source" };
    return { ok: false, reason: decoded.code, ...(decoded.code === "too-large" ? { params: { limit: MAX_IMPORT_BYTES } } : {}) };
  }
  const format = resolveFormat(file.format ?? "auto", file.name, decoded.text);
  if (format === "xliff") return { ok: false, reason: "source-xliff" };
  const read = readArticle(decoded.text, format);
  if (read.format === "xliff") return { ok: false, reason: "source-xliff" };
  if (!read.ok) return { ok: false, reason: read.code, params: { limit: MAX_NESTING_DEPTH } };
  if (read.paragraphs.length === 0) return { ok: false, reason: "empty-source" };
  if (read.paragraphs.length > MAX_IMPORT_PARAGRAPHS) return { ok: false, reason: "too-many-paragraphs", params: { limit: MAX_IMPORT_PARAGRAPHS, count: read.paragraphs.length } };
  const tooLong = read.paragraphs.findIndex((paragraph) => paragraph.text.length > MAX_SEGMENT_LENGTH);
  if (tooLong >= 0) return { ok: false, reason: "paragraph-too-long", params: { limit: MAX_SEGMENT_LENGTH, paragraph: tooLong + 1, length: read.paragraphs[tooLong].text.length, count: read.paragraphs[tooLong].text.length } };
  return { ok: true, paragraphs: read.paragraphs };
}

/**
 * Reads the new version and compares it with the current French (`oldParagraphs`, in article
 * order): the computed pairing, or the one the user corrected (`links`, untrusted, checked with
 * classifyLinks). Everything a preview and an update need, without a database.
 */
export function prepareSourceUpdate(input: { oldParagraphs: readonly string[]; file: SourceFile; links?: unknown }): PreparedSourceUpdate {
  const read = readSourceFile(input.file);
  if (!read.ok) return { ok: false, kind: "file", reason: read.reason, ...(read.params ? { params: read.params } : {}) };
  const newTexts = read.paragraphs.map((paragraph) => paragraph.text);
  let comparison: SourceComparison;
  if (input.links === undefined) {
    comparison = compareSources(input.oldParagraphs, newTexts);
  } else {
    const classified = classifyLinks(input.oldParagraphs, newTexts, input.links);
    if (!classified.ok) return { ok: false, kind: "links", code: classified.code };
    comparison = classified.comparison;
  }
  const isUnchanged =
    input.oldParagraphs.length === newTexts.length && input.oldParagraphs.every((text, index) => normaliseSourceText(text) === normaliseSourceText(newTexts[index]));
  return { ok: true, paragraphs: read.paragraphs, comparison, looksEnglish: detectLanguage(newTexts.join("\n")) === "en", isUnchanged };
}
