import "server-only";
import { createHash } from "node:crypto";
import { normaliseMemoryText } from "@/domain/memory/normalise";
import { containsMemoryTranslation } from "@/domain/memory/insert-sentence";
import { pairSentences } from "@/domain/memory/sentences";
import type { MemoryOrigin } from "../../generated/prisma/enums";
import type { Tx } from "../../db";
import { AppError } from "../../errors";
import { insertRows, timestampValue } from "../../bulk-insert";

/** sha256 of a source text in its compared form: the key of exact matches and TMX duplicates. */
export function memorySourceHash(sourceText: string): string {
  return createHash("sha256").update(normaliseMemoryText(sourceText)).digest("hex");
}

export type MemoryParagraph = {
  segmentId: string;
  sourceText: string;
  targetText: string;
  sourceLang: string;
  targetLang: string;
  documentId: string;
  documentTitle: string;
  authorName: string;
  origin: MemoryOrigin;
  approvedAt: Date;
};

/** The units of one paragraph: the whole paragraph, then its sentences when both sides split alike. */
function unitsOf(paragraph: MemoryParagraph) {
  const { segmentId, sourceLang, targetLang, documentId, documentTitle, authorName, origin, approvedAt } = paragraph;
  const common = { segmentId, sourceLang, targetLang, documentId, documentTitle, authorName, origin, approvedAt };
  const sourceText = normaliseMemoryText(paragraph.sourceText);
  const targetText = normaliseMemoryText(paragraph.targetText);
  if (sourceText === "" || targetText === "") return [];
  return [
    { ...common, sentence: 0, sourceText, targetText, sourceHash: memorySourceHash(sourceText) },
    ...pairSentences(sourceText, targetText, sourceLang, targetLang).map((pair) => ({
      ...common,
      ...pair,
      sourceHash: memorySourceHash(pair.sourceText),
    })),
  ];
}

/**
 * Makes the memory hold exactly these paragraphs' current pairs, replacing whatever units they
 * had (a re-approved paragraph's earlier approval, or its imported text). Runs on the caller's
 * transaction: the approval and its memory units commit together; the index follows by trigger
 * (SQLite) or by PostgreSQL's own index maintenance.
 */
export async function replaceMemoryUnits(tx: Tx, paragraphs: MemoryParagraph[]): Promise<void> {
  if (paragraphs.length === 0) return;
  await tx.memoryUnit.deleteMany({ where: { segmentId: { in: paragraphs.map((p) => p.segmentId) } } });
  const units = paragraphs.flatMap(unitsOf);
  // Multi-row INSERTs (server/bulk-insert.ts): an imported article brings thousands of units at once.
  const createdAt = timestampValue(new Date());
  await insertRows(
    tx,
    "MemoryUnit",
    ["sourceLang", "targetLang", "sourceText", "targetText", "sourceHash", "origin", "segmentId", "sentence", "documentId", "documentTitle", "authorName", "approvedAt", "createdAt"].map((name) => ({ name, ...(name === "origin" ? { enumType: "MemoryOrigin" } : {}) })),
    units.map((u) => [u.sourceLang, u.targetLang, u.sourceText, u.targetText, u.sourceHash, u.origin, u.segmentId, u.sentence, u.documentId, u.documentTitle, u.authorName, timestampValue(u.approvedAt), createdAt]),
  );
}

/** Takes a paragraph's units out of the memory: its translation was rejected. */
export async function removeMemoryUnits(tx: Tx, segmentId: string): Promise<void> {
  await tx.memoryUnit.deleteMany({ where: { segmentId } });
}

/**
 * The memory side of a paragraph's change, called by the one write path (apply-segment-change.ts):
 * an approval (re)writes its units, a rejection or the undo of a bulk approval removes them.
 * Anything else leaves them: an edit of an approved paragraph keeps the approved pair until the
 * new text is approved in turn.
 */
export async function followSegmentInMemory(
  tx: Tx,
  change: {
    segmentId: string;
    documentId: string;
    lang: string;
    sourceText: string;
    targetText: string;
    fromState: string;
    toState: string;
    isTextChanged: boolean;
    /** The change undoes a batch (a bulk approval): the approval it takes back never happened. */
    isUndo: boolean;
    actorName: string;
    at: Date;
  },
): Promise<void> {
  if (change.toState === "REJECTED" && change.fromState !== "REJECTED") return removeMemoryUnits(tx, change.segmentId);
  if (change.isUndo && change.fromState === "APPROVED" && change.toState !== "APPROVED") return removeMemoryUnits(tx, change.segmentId);
  if (change.toState !== "APPROVED" || (change.fromState === "APPROVED" && !change.isTextChanged)) return;
  const document = await tx.document.findUniqueOrThrow({ where: { id: change.documentId }, select: { title: true, sourceLang: true } });
  await replaceMemoryUnits(tx, [
    {
      segmentId: change.segmentId,
      sourceText: change.sourceText,
      targetText: change.targetText,
      sourceLang: document.sourceLang,
      targetLang: change.lang,
      documentId: change.documentId,
      documentTitle: document.title,
      authorName: change.actorName,
      origin: "APPROVED",
      approvedAt: change.at,
    },
  ]);
}

/**
 * The memory side of an import (a new article, or a new language from a file): every imported
 * translation enters as IMPORTED (ranked below approved units), or APPROVED when a reviewer's
 * file carried that state. Rejected, excluded and empty paragraphs stay out.
 */
export async function recordImportedUnits(
  tx: Tx,
  input: {
    documentId: string;
    documentTitle: string;
    sourceLang: string;
    targetLang: string;
    authorName: string;
    segments: { id: string; sourceText: string; targetText: string; state: string }[];
  },
): Promise<void> {
  const now = new Date();
  await replaceMemoryUnits(
    tx,
    input.segments
      .filter((segment) => segment.targetText.trim() !== "" && segment.state !== "REJECTED" && segment.state !== "EXCLUDED")
      .map((segment) => ({
        segmentId: segment.id,
        sourceText: segment.sourceText,
        targetText: segment.targetText,
        sourceLang: input.sourceLang,
        targetLang: input.targetLang,
        documentId: input.documentId,
        documentTitle: input.documentTitle,
        authorName: input.authorName,
        origin: segment.state === "APPROVED" ? "APPROVED" : "IMPORTED",
        approvedAt: now,
      })),
  );
}

/**
 * Refuses a save that claims to insert a memory unit's translation but does not hold it: the text
 * must be the unit's translation, or contain it (one sentence of a long paragraph inserted into
 * the rest of its translation).
 */
export async function assertMemoryTranslation(tx: Tx, unitId: number, targetText: string): Promise<void> {
  const unit = await tx.memoryUnit.findUnique({ where: { id: unitId }, select: { targetText: true } });
  if (!unit) throw new AppError("NOT_FOUND", { entity: "memoryUnit" });
  if (!containsMemoryTranslation(targetText, unit.targetText)) throw new AppError("INVALID_INPUT", { field: "memoryUnitId", reason: "text-differs" });
}
