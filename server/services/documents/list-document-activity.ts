import "server-only";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { findTranslation } from "../translations/find-translation";
import type { ActivityDto } from "./list-document-activity.schema";

const DEFAULT_LIMIT = 50;
/** Events read per query: other languages' events are skipped, so a page may yield fewer than asked for. */
const PAGE_SIZE = 500;
/**
 * The most events one request reads (20 pages): an article busy in other languages yields a
 * shorter feed rather than a scan of its whole history.
 */
export const MAX_ACTIVITY_EVENTS_SCANNED = 10_000;

type StoredEvent = {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  data: string;
  createdAt: Date;
  actor: { name: string } | null;
};

/** What an event is about, for telling which language it belongs to. */
type EventSubject = { lang: string } | { segmentId: string } | { batchId: string } | { isArticleWide: true };

/**
 * What everyone did recently on one translation of a document, newest first: the events of that
 * language (its paragraphs, comments, publications) and those of the whole article (a new version
 * of the French, a language added). Another language's work is not shown.
 */
export async function listDocumentActivity({ actor, documentId, lang, limit = DEFAULT_LIMIT }: { actor: Actor; documentId: string; lang?: string; limit?: number }): Promise<ActivityDto[]> {
  assertCan(actor, "document:view");
  const scope = await findTranslation(db, actor, documentId, lang);
  const wanted = Math.min(Math.max(limit, 1), 200);
  const kept: { event: StoredEvent; data: Record<string, unknown> }[] = [];
  for (let skip = 0; kept.length < wanted && skip < MAX_ACTIVITY_EVENTS_SCANNED; skip += PAGE_SIZE) {
    const page = await db.auditEvent.findMany({
      where: { documentId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip,
      take: PAGE_SIZE,
      select: { id: true, action: true, entityType: true, entityId: true, data: true, createdAt: true, actor: { select: { name: true } } },
    });
    const parsed = page.map((event) => ({ event, data: JSON.parse(event.data) as Record<string, unknown> }));
    const langOf = await findSubjectLanguages(parsed.map(({ event, data }) => subjectOf(event, data)));
    for (const { event, data } of parsed) {
      const subject = subjectOf(event, data);
      if (!("isArticleWide" in subject) && langOf(subject) !== scope.lang) continue;
      kept.push({ event, data });
      if (kept.length === wanted) break;
    }
    if (page.length < PAGE_SIZE) break;
  }
  const undone = await findUndoneBatches(
    documentId,
    kept.flatMap(({ event, data }) => (event.action === "segment.bulk-approved" && typeof data.batchId === "string" ? [data.batchId] : [])),
  );
  return kept.map(({ event, data }) => {
    const isBulk = event.action === "segment.bulk-approved";
    const batchId = isBulk && typeof data.batchId === "string" ? data.batchId : null;
    const position = typeof data.position === "number" ? data.position : null;
    const segmentId = event.entityType === "Segment" ? event.entityId : typeof data.segmentId === "string" ? data.segmentId : null;
    return {
      id: event.id,
      action: event.action,
      actorName: event.actor?.name ?? null,
      createdAt: event.createdAt.toISOString(),
      paragraph: position === null ? null : position + 1,
      segmentId,
      fromState: typeof data.from === "string" ? data.from : null,
      toState: typeof data.to === "string" ? data.to : null,
      count: typeof data.count === "number" ? data.count : typeof data.segments === "number" ? data.segments : null,
      lang: typeof data.lang === "string" ? data.lang : null,
      number: typeof data.version === "number" ? data.version : typeof data.revision === "number" ? data.revision : null,
      paragraphs: isBulk && Array.isArray(data.paragraphs) ? data.paragraphs.filter((n): n is number => typeof n === "number") : null,
      batchId,
      isUndone: batchId !== null && undone.has(batchId),
    };
  });
}

/** Which of these bulk approvals were undone since: their undo event names the batch. */
async function findUndoneBatches(documentId: string, batchIds: string[]): Promise<Set<string>> {
  if (batchIds.length === 0) return new Set();
  const undos = await db.auditEvent.findMany({
    where: { documentId, action: "segment.batch-undone", OR: batchIds.map((batchId) => ({ data: { contains: batchId } })) },
    select: { data: true },
  });
  return new Set(undos.map((undo) => (JSON.parse(undo.data) as { batchId?: string }).batchId).filter((id): id is string => id !== undefined));
}

/**
 * A language added changes the article's list of languages, so every language's feed tells it.
 * Otherwise, events that name their language carry it (document.created, document.published); a
 * paragraph's events and comments belong to its row's language; an undone bulk action to its
 * paragraphs' language; what names none of these concerns the whole article (a new French version).
 */
function subjectOf(event: StoredEvent, data: Record<string, unknown>): EventSubject {
  if (event.action === "translation.added") return { isArticleWide: true };
  if (typeof data.lang === "string") return { lang: data.lang };
  if (event.entityType === "Segment") return { segmentId: event.entityId };
  if (typeof data.segmentId === "string") return { segmentId: data.segmentId };
  if (typeof data.batchId === "string") return { batchId: data.batchId };
  return { isArticleWide: true };
}

/** The languages of the paragraphs and batches a page of events is about, in two queries at most. */
async function findSubjectLanguages(subjects: EventSubject[]): Promise<(subject: EventSubject) => string | undefined> {
  const segmentIds = [...new Set(subjects.flatMap((subject) => ("segmentId" in subject ? [subject.segmentId] : [])))];
  const batchIds = [...new Set(subjects.flatMap((subject) => ("batchId" in subject ? [subject.batchId] : [])))];
  const [segments, batches] = await Promise.all([
    segmentIds.length > 0 ? db.segment.findMany({ where: { id: { in: segmentIds } }, select: { id: true, lang: true } }) : [],
    // A batch's paragraphs are all of one language (a bulk action works on one translation).
    batchIds.length > 0
      ? db.stateChange.findMany({ where: { batchId: { in: batchIds } }, distinct: ["batchId"], select: { batchId: true, segment: { select: { lang: true } } } })
      : [],
  ]);
  const segmentLangs = new Map(segments.map((segment) => [segment.id, segment.lang]));
  const batchLangs = new Map(batches.map((change) => [change.batchId, change.segment.lang]));
  return (subject) => {
    if ("lang" in subject) return subject.lang;
    if ("segmentId" in subject) return segmentLangs.get(subject.segmentId);
    if ("batchId" in subject) return batchLangs.get(subject.batchId);
    return undefined;
  };
}
