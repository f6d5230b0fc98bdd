import "server-only";
import { z } from "zod";
import { proposeRows, type ProposedRow } from "@/domain/alignment/proposal";
import { decodeText, MAX_IMPORT_BYTES } from "@/domain/import/decode-text";
import { detectLanguage } from "@/domain/import/detect-language";
import { INPUT_FORMATS, readArticle, resolveFormat, type ResolvedFormat } from "@/domain/import/read-article";
import { classifySegment, isSegmentKind } from "@/domain/segmentation/classify-segment";
import type { Paragraph } from "@/domain/segmentation/split-paragraphs";
import { AppError } from "../errors";
import { assertCan } from "../auth/assert-can";
import type { Actor } from "../auth/permissions";
import { parseInput } from "../validation";

const sideInput = z.object({
  name: z.string().max(255).optional(),
  /** Pasted text, or a file's bytes in base64. */
  content: z.string().max(Math.ceil(MAX_IMPORT_BYTES * 1.4)),
  encoding: z.enum(["text", "base64"]).default("text"),
  format: z.enum(INPUT_FORMATS).default("auto"),
});

export const previewImportInput = z.object({
  title: z.string().trim().max(300).optional(),
  source: sideInput.optional(),
  target: sideInput.optional(),
});

export type ImportProposal = {
  title: string;
  sourceLang: string;
  targetLang: string;
  format: { source: ResolvedFormat; target: ResolvedFormat | null };
  /** The source reads as English and the target as French: the user is offered a swap. */
  suggestSwap: boolean;
  rows: ProposedRow[];
};

type Side = "source" | "target";
const refuse = (reason: string, side?: Side, params: Record<string, string | number> = {}): never => {
  throw new AppError("INVALID_IMPORT", { reason, ...(side ? { side } : {}), ...params });
};

function decodeSide(side: Side, input: z.infer<typeof sideInput> | undefined): { text: string; format: ResolvedFormat } | null {
  if (!input || input.content.trim() === "") return null;
  const bytes = input.encoding === "base64" ? new Uint8Array(Buffer.from(input.content, "base64")) : new TextEncoder().encode(input.content);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return refuse(decoded.code, side, decoded.code === "too-large" ? { limit: MAX_IMPORT_BYTES } : {});
  return { text: decoded.text, format: resolveFormat(input.format, input.name, decoded.text) };
}

function paragraphsOf(side: Side, text: string, format: Exclude<ResolvedFormat, "xliff">): Paragraph[] {
  const read = readArticle(text, format);
  const paragraphs = read.format === "xliff" ? [] : read.paragraphs;
  if (paragraphs.length === 0) refuse(`empty-${side}`, side);
  return paragraphs;
}

/** An XLIFF file carries both languages: its units become rows directly, with their states. */
function proposeFromXliff(text: string, title: string | undefined): ImportProposal {
  const read = readArticle(text, "xliff");
  if (read.format !== "xliff") throw new Error("unreachable");
  const parsed = read.xliff;
  if (!parsed.ok) return refuse(parsed.code, "source");
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
 * Reads a source and a target (pasted or uploaded: text, Markdown, HTML; or one bilingual XLIFF),
 * aligns them by content and proposes rows for the user to repair. Writes nothing: the user
 * confirms the repaired rows, which `createDocument` then writes in one transaction.
 */
export async function previewImport({ actor, input }: { actor: Actor; input: unknown }): Promise<ImportProposal> {
  assertCan(actor, "document:import");
  const { title, source, target } = parseInput(previewImportInput, input);
  const sourceSide = decodeSide("source", source);
  const targetSide = decodeSide("target", target);
  if (!sourceSide && !targetSide) return refuse("empty");
  if (sourceSide?.format === "xliff" || targetSide?.format === "xliff") {
    if (sourceSide && targetSide) return refuse("xliff-with-second-file", sourceSide.format === "xliff" ? "target" : "source");
    return proposeFromXliff((sourceSide ?? targetSide)!.text, title);
  }
  if (!sourceSide) return refuse("empty-source", "source");
  if (!targetSide) return refuse("empty-target", "target");

  const sourceParagraphs = paragraphsOf("source", sourceSide.text, sourceSide.format as Exclude<ResolvedFormat, "xliff">);
  const targetParagraphs = paragraphsOf("target", targetSide.text, targetSide.format as Exclude<ResolvedFormat, "xliff">);
  const sourceLanguage = detectLanguage(sourceParagraphs.map((p) => p.text).join("\n"));
  const targetLanguage = detectLanguage(targetParagraphs.map((p) => p.text).join("\n"));
  if (sourceLanguage !== null && sourceLanguage === targetLanguage) refuse("same-language", undefined, { language: sourceLanguage });

  const rows = proposeRows(sourceParagraphs, targetParagraphs);
  return {
    title: title || rows.find((row) => row.kind === "TITLE")?.targetText || rows[0].targetText || rows[0].sourceText,
    sourceLang: "fr",
    targetLang: "en",
    format: { source: sourceSide.format, target: targetSide.format },
    suggestSwap: sourceLanguage === "en" && targetLanguage === "fr",
    rows,
  };
}
