import { alignToParagraphs, type ParagraphProposal } from "../alignment/align-to-paragraphs";
import { proposeRows, type ProposedRow } from "../alignment/proposal";
import { classifySegment, isSegmentKind } from "../segmentation/classify-segment";
import type { Paragraph } from "../segmentation/split-paragraphs";
import { decodeText, MAX_IMPORT_BYTES } from "./decode-text";
import { DETECTABLE_LANGUAGES, detectLanguage } from "./detect-language";
import { MAX_IMPORT_PARAGRAPHS, MAX_NESTING_DEPTH, MAX_SEGMENT_LENGTH } from "./limits";
import { readArticle, resolveFormat, type InputFormat, type ResolvedFormat } from "./read-article";

export type ImportSide = { name?: string; bytes: Uint8Array; format?: InputFormat };

export type ImportProposal = {
  title: string;
  sourceLang: string;
  targetLang: string;
  format: { source: ResolvedFormat; target: ResolvedFormat | null };
  /** The source reads as English and the target as French: the user is offered a swap. */
  suggestSwap: boolean;
  rows: ProposedRow[];
};

export type ImportRefusal = { reason: string; side?: "source" | "target"; params?: Record<string, string | number> };
export type ProposeResult = { ok: true; proposal: ImportProposal } | ({ ok: false } & ImportRefusal);

class Refusal extends Error {
  constructor(readonly refusal: ImportRefusal) {
    super(refusal.reason);
  }
}
const refuse = (reason: string, side?: "source" | "target", params?: Record<string, string | number>): never => {
  throw new Refusal({ reason, side, params });
};

function decode(side: "source" | "target", input: ImportSide | undefined): { text: string; format: ResolvedFormat } | null {
  if (!input || input.bytes.length === 0) return null;
  const decoded = decodeText(input.bytes);
  if (!decoded.ok) {
    if (decoded.code === "empty") return null;
    return refuse(decoded.code, side, decoded.code === "too-large" ? { limit: MAX_IMPORT_BYTES } : undefined);
  }
  return { text: decoded.text, format: resolveFormat(input.format ?? "auto", input.name, decoded.text) };
}

/** The aligner's time and memory grow with the paragraphs: refused beyond the limit, before aligning. */
function refuseTooMany(side: "source" | "target", count: number) {
  if (count > MAX_IMPORT_PARAGRAPHS) refuse("too-many-paragraphs", side, { limit: MAX_IMPORT_PARAGRAPHS, count });
}

/**
 * The paragraph limit creation enforces, applied here too: the user learns at the preview which
 * paragraph is too long, rather than after repairing every row.
 */
function refuseTooLong(side: "source" | "target", texts: readonly string[]) {
  const index = texts.findIndex((text) => text.length > MAX_SEGMENT_LENGTH);
  if (index >= 0) refuse("paragraph-too-long", side, { limit: MAX_SEGMENT_LENGTH, paragraph: index + 1, length: texts[index].length, count: texts[index].length });
}

/** Aligning joins paragraphs (two French for one English): a joined row must fit the limit as well. */
function refuseTooLongRows(rows: readonly ProposedRow[]) {
  const index = rows.findIndex((row) => row.sourceText.length > MAX_SEGMENT_LENGTH || row.targetText.length > MAX_SEGMENT_LENGTH);
  if (index >= 0) refuse("row-too-long", rows[index].sourceText.length > MAX_SEGMENT_LENGTH ? "source" : "target", { limit: MAX_SEGMENT_LENGTH, row: index + 1 });
}

function paragraphsOf(side: "source" | "target", text: string, format: Exclude<ResolvedFormat, "xliff">): Paragraph[] {
  const read = readArticle(text, format);
  if (read.format === "xliff") throw new Error("unreachable");
  if (!read.ok) return refuse(read.code, side, { limit: MAX_NESTING_DEPTH });
  if (read.paragraphs.length === 0) refuse(`empty-${side}`, side);
  refuseTooMany(side, read.paragraphs.length);
  refuseTooLong(side, read.paragraphs.map((paragraph) => paragraph.text));
  return read.paragraphs;
}

function fromXliff(text: string, title: string | undefined): ImportProposal {
  const read = readArticle(text, "xliff");
  if (read.format !== "xliff") throw new Error("unreachable");
  const parsed = read.xliff;
  if (!parsed.ok) return refuse(parsed.code, "source");
  refuseTooMany("source", parsed.units.length);
  refuseTooLong("source", parsed.units.map((unit) => unit.sourceText));
  refuseTooLong("target", parsed.units.map((unit) => unit.targetText));
  const rows: ProposedRow[] = parsed.units.map((unit, index) => ({
    kind: unit.kind && isSegmentKind(unit.kind) ? unit.kind : classifySegment({ source: unit.sourceText, target: unit.targetText, index, isBulleted: false }),
    sourceText: unit.sourceText,
    targetText: unit.targetText,
    state: unit.state,
    confidence: 1,
    isDoubtful: false,
    isBulleted: false,
    ...(unit.inlineCodes ? { inlineCodes: unit.inlineCodes } : {}),
  }));
  const language = (code: string, fallback: string) => code.toLowerCase().split("-")[0] || fallback;
  return {
    title: title || rows.find((row) => row.kind === "TITLE")?.targetText || rows[0]?.targetText || "Untitled",
    sourceLang: language(parsed.sourceLang, "fr"),
    targetLang: language(parsed.targetLang, "en"),
    format: { source: "xliff", target: null },
    suggestSwap: false,
    rows,
  };
}

/**
 * Reads a source and a target (text, Markdown, HTML; or one bilingual XLIFF), aligns them by
 * content and classifies every row: the import screen, the API and the command line all use
 * this, so they agree. Pure: no database, no user. `targetLang` (a BCP 47 tag, English by
 * default) is the declared language of a text, Markdown or HTML target.
 */
export function proposeImport(input: { title?: string; source?: ImportSide; target?: ImportSide; targetLang?: string }): ProposeResult {
  try {
    const sourceSide = decode("source", input.source);
    const targetSide = decode("target", input.target);
    if (!sourceSide && !targetSide) return refuse("empty");
    if (sourceSide?.format === "xliff" || targetSide?.format === "xliff") {
      if (sourceSide && targetSide) return refuse("xliff-with-second-file", sourceSide.format === "xliff" ? "target" : "source");
      return { ok: true, proposal: fromXliff((sourceSide ?? targetSide)!.text, input.title) };
    }
    if (!sourceSide) return refuse("empty-source", "source");
    if (!targetSide) return refuse("empty-target", "target");
    const sourceParagraphs = paragraphsOf("source", sourceSide.text, sourceSide.format as Exclude<ResolvedFormat, "xliff">);
    const targetParagraphs = paragraphsOf("target", targetSide.text, targetSide.format as Exclude<ResolvedFormat, "xliff">);
    const sourceLanguage = detectLanguage(sourceParagraphs.map((p) => p.text).join("\n"));
    const targetLanguage = detectLanguage(targetParagraphs.map((p) => p.text).join("\n"));
    // The detector knows French and English only: a Spanish target reads to it as French, which
    // says nothing about whether the two files are in one language.
    const targetLang = input.targetLang ?? "en";
    const canDetectTarget = (DETECTABLE_LANGUAGES as readonly string[]).includes(targetLang.split("-")[0].toLowerCase());
    if (canDetectTarget && sourceLanguage !== null && sourceLanguage === targetLanguage) refuse("same-language", undefined, { language: sourceLanguage });
    const rows = proposeRows(sourceParagraphs, targetParagraphs);
    refuseTooLongRows(rows);
    return {
      ok: true,
      proposal: {
        title: input.title || rows.find((row) => row.kind === "TITLE")?.targetText || rows[0].targetText || rows[0].sourceText,
        sourceLang: "fr",
        targetLang,
        format: { source: sourceSide.format, target: targetSide.format },
        suggestSwap: sourceLanguage === "en" && targetLanguage === "fr",
        rows,
      },
    };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, ...error.refusal };
    throw error;
  }
}

export type TranslationProposal = {
  format: ResolvedFormat;
  /** One per French paragraph of the article, in order. */
  rows: ParagraphProposal[];
};
export type ProposeTranslationResult = { ok: true; proposal: TranslationProposal } | ({ ok: false } & ImportRefusal);

/**
 * Reads an existing translation of an article (text, Markdown, HTML, or the targets of an XLIFF
 * file) and aligns it to the article's fixed French paragraphs (alignToParagraphs). The same
 * readers and limits as an import. No language check: the detector knows only French and English.
 */
export function proposeTranslation(input: { french: readonly string[]; target?: ImportSide }): ProposeTranslationResult {
  try {
    const targetSide = decode("target", input.target);
    if (!targetSide) return refuse("empty-target", "target");
    let targets: string[];
    if (targetSide.format === "xliff") {
      const read = readArticle(targetSide.text, "xliff");
      if (read.format !== "xliff") throw new Error("unreachable");
      if (!read.xliff.ok) return refuse(read.xliff.code, "target");
      targets = read.xliff.units.map((unit) => unit.targetText).filter((text) => text.trim() !== "");
      if (targets.length === 0) refuse("empty-target", "target");
      refuseTooMany("target", targets.length);
      refuseTooLong("target", targets);
    } else {
      targets = paragraphsOf("target", targetSide.text, targetSide.format).map((paragraph) => paragraph.text);
    }
    const rows = alignToParagraphs(input.french, targets);
    const index = rows.findIndex((row) => row.targetText.length > MAX_SEGMENT_LENGTH);
    if (index >= 0) refuse("row-too-long", "target", { limit: MAX_SEGMENT_LENGTH, row: index + 1 });
    return { ok: true, proposal: { format: targetSide.format, rows } };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, ...error.refusal };
    throw error;
  }
}
