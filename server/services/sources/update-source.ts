import "server-only";
import { randomUUID } from "node:crypto";
import { classifySegment } from "@/domain/segmentation/classify-segment";
import type { Paragraph } from "@/domain/segmentation/split-paragraphs";
import { SAME_ARTICLE_MIN_MATCHED_RATIO, type SourceLink } from "@/domain/source-update/types";
import { initialSegmentState } from "@/domain/workflow/initial-state";
import { transitionSegment, type SegmentState } from "@/domain/workflow/segment-state";
import { db, type Tx } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { publishDocumentEvent } from "../../realtime/document-events";
import { sourceContent } from "../translations/source-content";
import { enqueueWebhookEvent } from "../webhooks/enqueue-webhook-event";
import { wakeWebhookWorker } from "../webhooks/worker-signal";
import { loadCurrentParagraphs, type CurrentParagraph, type ParagraphRow } from "./current-paragraphs";
import { assertMayUpdateSource } from "./assert-may-update-source";
import { readSourceFile, type PreparedUpdate } from "./read-source-file";
import { updateSourceInput, type SourceUpdateResultDto } from "./update-source.schema";

const sourceConflict = () => new AppError("CONFLICT", { entity: "source" });

/**
 * Records a new version of a document's French with the pairing the user confirmed. Refused
 * before anything is written: an empty or unreadable file, English, nothing but whitespace
 * changed, or another article (fewer than a third of the paragraphs match) unless confirmed; a
 * French changed since the preview (`baseRevision`) is a CONFLICT. Then, in one transaction for
 * every language of the article (applySourceUpdate). Permission: document:import, and the right
 * to work on every language of the article, since each one changes (assertMayUpdateSource).
 */
export async function updateSource({ actor, input }: { actor: Actor; input: unknown }): Promise<SourceUpdateResultDto> {
  assertCan(actor, "document:import");
  const { documentId, source, links, baseRevision, isMinor, confirmDifferentArticle } = parseInput(updateSourceInput, input);
  const current = await loadCurrentParagraphs(db, documentId);
  await assertMayUpdateSource(db, actor, documentId);
  if (current.sourceRevision !== baseRevision) throw sourceConflict();
  const oldParagraphs = current.paragraphs.map((paragraph) => paragraph.sourceText);
  const prepared = await readSourceFile({ oldParagraphs, source, links });
  refuseBadVersion(prepared, confirmDifferentArticle);

  const result = await db.$transaction((tx) => applySourceUpdate(tx, { actor, documentId, baseRevision, old: current.paragraphs, prepared, isMinor }), { timeout: 30_000 });
  wakeWebhookWorker();
  await publishDocumentEvent(documentId, { type: "source", revision: result.sourceRevision, actorName: actor.name });
  return result;
}

/** The refusals that do not depend on the database, in the order a user should hear them. */
export function refuseBadVersion(prepared: PreparedUpdate, confirmDifferentArticle: boolean): void {
  const refuse = (reason: string, params: Record<string, string | number> = {}) => {
    throw new AppError("INVALID_IMPORT", { reason, side: "source", ...params });
  };
  if (prepared.looksEnglish) refuse("source-is-english");
  if (prepared.isUnchanged) refuse("source-unchanged");
  if (prepared.comparison.matchedRatio < SAME_ARTICLE_MIN_MATCHED_RATIO && !confirmDifferentArticle) {
    refuse("different-article", { matched: Math.round(prepared.comparison.matchedRatio * 100) });
  }
}

type RowWrite = { row: ParagraphRow; paragraphId: string; previousFrench: string; data: { sourceText: string; position: number }; before: string };

/**
 * A rewritten paragraph's state and French diff: OUTDATED where there is a translation (the
 * domain's "outdate"), with the French it was made against; a typo-level change keeps both.
 */
function nextState(row: Pick<ParagraphRow, "state" | "targetText" | "previousSourceText">, previousFrench: string, isMinor: boolean) {
  if (isMinor) return { state: row.state, previousSourceText: row.previousSourceText };
  const moved = transitionSegment(row.state, { type: "outdate", targetText: row.targetText });
  const state = moved.ok ? moved.state : row.state;
  // A translation already outdated was made against the older French: keep that one for the diff.
  const previousSourceText = state === "OUTDATED" ? (row.state === "OUTDATED" && row.previousSourceText !== null ? row.previousSourceText : previousFrench) : null;
  return { state, previousSourceText };
}

/**
 * Writes a source update on the caller's transaction: the new SourceRevision, the document's
 * revision number, and for each link, the rows of the paragraph in every language:
 * - unchanged, moved: the new position only (no version, no history: nothing a person sees changed);
 * - edited: the new French, OUTDATED where there is a translation (unless minor), the old French
 *   kept in previousSourceText for the editor's diff, a SOURCE (SOURCE_MINOR) revision, a state change;
 * - split: the first part as edited, the other parts inserted; merged: the first old paragraph as
 *   edited (its previous French is all the merged ones), the others removed;
 * - inserted: a new paragraph in every language, classified as at import, UNTRANSLATED (furniture EXCLUDED);
 * - removed: out of the article (removedInRevision), with its history, a SOURCE revision to "".
 * Every changed row's version goes up, so an editor's save based on the old one is a CONFLICT.
 * `old` is the article as read when revision `baseRevision` was current: the conditional write of
 * the revision number proves no other update came since, so its French and positions still hold;
 * the rows rewritten are read again for their translation, state and version (people edit those).
 */
export async function applySourceUpdate(
  tx: Tx,
  { actor, documentId, baseRevision, old, prepared, isMinor }: { actor: Actor; documentId: string; baseRevision: number; old: readonly CurrentParagraph[]; prepared: PreparedUpdate; isMinor: boolean },
): Promise<SourceUpdateResultDto> {
  const number = baseRevision + 1;
  const now = new Date();
  // The conditional write checks and takes the revision at once: two updates cannot both pass.
  const taken = await tx.document.updateMany({ where: { id: documentId, sourceRevision: baseRevision }, data: { sourceRevision: number, lastActivityAt: now } });
  if (taken.count === 0) throw sourceConflict();
  const newParagraphs = prepared.paragraphs;
  await tx.sourceRevision.create({ data: { documentId, number, authorId: actor.id, isMinor, ...sourceContent(newParagraphs.map((paragraph) => paragraph.text)) }, select: { id: true } });
  const languages = (await tx.translation.findMany({ where: { documentId }, select: { lang: true } })).map((translation) => translation.lang);
  // A language added since `old` was read has rows this update would not rewrite: compare again.
  const readLanguages = new Set(old.flatMap((paragraph) => paragraph.rows.map((row) => row.lang)));
  if (old.length > 0 && (readLanguages.size !== languages.length || languages.some((lang) => !readLanguages.has(lang)))) throw sourceConflict();

  const shifts = new Map<number, string[]>();
  const writes: RowWrite[] = [];
  const removed: CurrentParagraph[] = [];
  const inserted: number[] = [];
  const outdatedParagraphs = new Set<string>();
  let unchanged = 0;
  const reason = isMinor ? ("SOURCE_MINOR" as const) : ("SOURCE" as const);

  const rewrite = (paragraph: CurrentParagraph, position: number, previousFrench: string) => {
    const sourceText = newParagraphs[position].text;
    for (const row of paragraph.rows) writes.push({ row, paragraphId: paragraph.paragraphId, previousFrench, data: { sourceText, position }, before: paragraph.sourceText });
  };

  for (const link of prepared.comparison.links as SourceLink[]) {
    switch (link.type) {
      case "unchanged":
      case "moved": {
        unchanged += 1;
        const paragraph = old[link.old[0]];
        const position = link.new[0];
        for (const row of paragraph.rows) {
          if (row.position === position) continue;
          const delta = position - row.position;
          const ids = shifts.get(delta);
          if (ids) ids.push(row.id);
          else shifts.set(delta, [row.id]);
        }
        break;
      }
      case "edited":
        rewrite(old[link.old[0]], link.new[0], old[link.old[0]].sourceText);
        break;
      case "split":
        rewrite(old[link.old[0]], link.new[0], old[link.old[0]].sourceText);
        inserted.push(...link.new.slice(1));
        break;
      case "merged":
        rewrite(old[link.old[0]], link.new[0], link.old.map((index) => old[index].sourceText).join("\n\n"));
        removed.push(...link.old.slice(1).map((index) => old[index]));
        break;
      case "inserted":
        inserted.push(link.new[0]);
        break;
      case "removed":
        removed.push(old[link.old[0]]);
        break;
    }
  }

  // Positions move in runs (everything after an insertion shifts by one): one statement per distance.
  for (const [delta, ids] of shifts) {
    for (const chunk of chunks(ids)) await tx.segment.updateMany({ where: { id: { in: chunk } }, data: { position: { increment: delta } } });
  }
  const revisions: { segmentId: string; authorId: string; before: string; after: string; reason: "SOURCE" | "SOURCE_MINOR"; segmentVersion: number }[] = [];
  const stateChanges: { segmentId: string; fromState: SegmentState; toState: SegmentState; actorId: string; comment: string | null; segmentVersion: number }[] = [];
  const fresh = new Map<string, { state: SegmentState; targetText: string; version: number; previousSourceText: string | null }>();
  const removedRows = removed.flatMap((paragraph) => paragraph.rows.map((row) => ({ row, before: paragraph.sourceText })));
  // Read again inside the transaction: people edit translations, and the history records the version written.
  for (const chunk of chunks([...writes.map(({ row }) => row.id), ...removedRows.map(({ row }) => row.id)])) {
    const rows = await tx.segment.findMany({ where: { id: { in: chunk } }, select: { id: true, state: true, targetText: true, version: true, previousSourceText: true } });
    for (const row of rows) fresh.set(row.id, row);
  }
  for (const write of writes) {
    const row = { ...write.row, ...fresh.get(write.row.id) };
    const data = { ...write.data, ...nextState(row, write.previousFrench, isMinor) };
    if (data.state === "OUTDATED") outdatedParagraphs.add(write.paragraphId);
    const { before } = write;
    // The version in the WHERE clause: a save committed between that read and this write makes the update a CONFLICT (nothing written).
    const written = await tx.segment.updateMany({
      where: { id: row.id, version: row.version },
      data: { ...data, sourceRevision: number, version: row.version + 1, updatedAt: now },
    });
    if (written.count === 0) throw sourceConflict();
    revisions.push({ segmentId: row.id, authorId: actor.id, before, after: data.sourceText, reason, segmentVersion: row.version + 1 });
    if (data.state !== row.state) stateChanges.push({ segmentId: row.id, fromState: row.state, toState: data.state, actorId: actor.id, comment: null, segmentVersion: row.version + 1 });
  }
  for (const chunk of chunks(removedRows.map(({ row }) => row.id))) {
    await tx.segment.updateMany({ where: { id: { in: chunk } }, data: { removedInRevision: number, version: { increment: 1 }, updatedAt: now } });
  }
  for (const { row, before } of removedRows) {
    revisions.push({ segmentId: row.id, authorId: actor.id, before, after: "", reason, segmentVersion: (fresh.get(row.id)?.version ?? row.version) + 1 });
  }

  const newRows = inserted.flatMap((position) => {
    const paragraph: Paragraph = newParagraphs[position];
    const kind = classifySegment({ source: paragraph.text, target: "", index: position, isBulleted: paragraph.isBulleted });
    const state = initialSegmentState({ kind, targetText: "" }, { canReview: false });
    const paragraphId = randomUUID();
    return languages.map((lang) => ({ documentId, lang, paragraphId, position, kind, sourceText: paragraph.text, state, sourceRevision: number, lastEditorId: null }));
  });
  for (const chunk of chunks(newRows)) await tx.segment.createMany({ data: chunk });
  for (const chunk of chunks(revisions)) await tx.revision.createMany({ data: chunk });
  for (const chunk of chunks(stateChanges)) await tx.stateChange.createMany({ data: chunk });

  const result = { sourceRevision: number, unchanged, outdated: outdatedParagraphs.size, inserted: inserted.length, removed: removed.length };
  await recordAudit(tx, {
    actorId: actor.id,
    action: "document.source-updated",
    entityType: "Document",
    entityId: documentId,
    documentId,
    data: { revision: number, isMinor, ...result, rowsRewritten: writes.length, languages: languages.length },
  });
  await enqueueWebhookEvent(tx, "document.source_updated", { documentId, isMinor, ...result });
  return result;
}

/** Statements stay well under the databases' limits on bound parameters (SQLite 32,766; PostgreSQL 65,535). */
function chunks<T>(items: T[], size = 500): T[][] {
  const list: T[][] = [];
  for (let start = 0; start < items.length; start += size) list.push(items.slice(start, start + size));
  return list;
}
