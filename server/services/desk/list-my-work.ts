import "server-only";
import type { AssignmentSlot } from "@/domain/desk/assignment-roles";
import { compareWork, isOverdue } from "@/domain/desk/priority";
import { isLanguageAllowed } from "@/domain/languages/language-tag";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { assignedTo } from "./visibility";
import { listMyWorkInput, MAX_MY_WORK_ASSIGNMENTS, MY_WORK_PAGE_SIZE, type MyWorkDto, type WorkItemDto } from "./list-my-work.schema";

/** The paragraph states that wait for each slot's holder. */
const WAITING_STATES: Record<Exclude<AssignmentSlot, "publisher">, readonly string[]> = {
  translator: ["UNTRANSLATED", "DRAFT", "REJECTED", "OUTDATED"],
  reviewer: ["TRANSLATED"],
};

/**
 * "My work" (decision 023): what waits for the actor in the translations assigned to them,
 * grouped per article, ordered by priority then due time (compareWork). Reads at most
 * MAX_MY_WORK_ASSIGNMENTS assignments and three grouped counts over their paragraphs and
 * publications, never the archive.
 */
export async function listMyWork({ actor, input = {} }: { actor: Actor; input?: unknown }): Promise<MyWorkDto> {
  assertCan(actor, "document:view");
  const { page: requestedPage } = parseInput(listMyWorkInput, input);
  const assignments = await db.assignment.findMany({
    where: assignedTo(actor.id),
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: MAX_MY_WORK_ASSIGNMENTS + 1,
    select: {
      translatorId: true,
      reviewerId: true,
      publisherId: true,
      dueAt: true,
      priority: true,
      translation: { select: { lang: true, document: { select: { id: true, title: true, confidential: true } } } },
    },
  });
  const isTruncated = assignments.length > MAX_MY_WORK_ASSIGNMENTS;
  const mine = assignments.slice(0, MAX_MY_WORK_ASSIGNMENTS).filter((assignment) => isLanguageAllowed(actor.targetLangs, assignment.translation.lang));
  const documentIds = [...new Set(mine.map((assignment) => assignment.translation.document.id))];
  const [counts, lastChanges, publications] =
    documentIds.length === 0
      ? [[], [], []]
      : await Promise.all([
          db.segment.groupBy({ by: ["documentId", "lang", "state"], where: { documentId: { in: documentIds }, removedInRevision: null }, _count: { _all: true } }),
          db.segment.groupBy({ by: ["documentId", "lang"], where: { documentId: { in: documentIds } }, _max: { updatedAt: true } }),
          db.publication.groupBy({ by: ["documentId", "lang"], where: { documentId: { in: documentIds } }, _max: { createdAt: true } }),
        ]);
  const key = (documentId: string, lang: string) => `${documentId}\u0000${lang}`;
  const byState = new Map<string, Map<string, number>>();
  for (const row of counts) {
    const states = byState.get(key(row.documentId, row.lang)) ?? new Map<string, number>();
    states.set(row.state, row._count._all);
    byState.set(key(row.documentId, row.lang), states);
  }
  const lastChange = new Map(lastChanges.map((row) => [key(row.documentId, row.lang), row._max.updatedAt]));
  const lastPublication = new Map(publications.map((row) => [key(row.documentId, row.lang), row._max.createdAt]));

  const now = new Date();
  const articles = new Map<string, { documentId: string; title: string; confidential: boolean; items: WorkItemDto[] }>();
  for (const assignment of mine) {
    const { document, lang } = assignment.translation;
    const states = byState.get(key(document.id, lang)) ?? new Map<string, number>();
    const count = (list: readonly string[]) => list.reduce((sum, state) => sum + (states.get(state) ?? 0), 0);
    const items: WorkItemDto[] = [];
    const base = { lang, priority: assignment.priority, dueAt: assignment.dueAt?.toISOString() ?? null, isOverdue: isOverdue(assignment.dueAt, now) };
    if (assignment.translatorId === actor.id) {
      const paragraphs = count(WAITING_STATES.translator);
      if (paragraphs > 0) items.push({ ...base, slot: "translator", paragraphs, isReadyToPublish: false });
    }
    if (assignment.reviewerId === actor.id) {
      const paragraphs = count(WAITING_STATES.reviewer);
      if (paragraphs > 0) items.push({ ...base, slot: "reviewer", paragraphs, isReadyToPublish: false });
    }
    if (assignment.publisherId === actor.id) {
      const included = [...states.entries()].filter(([state]) => state !== "EXCLUDED");
      const isAllApproved = included.length > 0 && included.every(([state]) => state === "APPROVED");
      const published = lastPublication.get(key(document.id, lang));
      const changed = lastChange.get(key(document.id, lang));
      const isUnpublished = !published || (changed != null && changed.getTime() > published.getTime());
      if (isAllApproved && isUnpublished) items.push({ ...base, slot: "publisher", paragraphs: 0, isReadyToPublish: true });
    }
    if (items.length === 0) continue;
    const article = articles.get(document.id) ?? { documentId: document.id, title: document.title, confidential: document.confidential, items: [] };
    article.items.push(...items);
    articles.set(document.id, article);
  }
  const toWork = (item: WorkItemDto) => ({ priority: item.priority, dueAt: item.dueAt ? new Date(item.dueAt) : null });
  const ordered = [...articles.values()]
    .map((article) => ({ ...article, items: article.items.sort((a, b) => compareWork(toWork(a), toWork(b))) }))
    .sort((a, b) => compareWork(toWork(a.items[0]), toWork(b.items[0])) || a.title.localeCompare(b.title));
  const pageCount = Math.max(1, Math.ceil(ordered.length / MY_WORK_PAGE_SIZE));
  const page = Math.min(requestedPage, pageCount);
  return {
    articles: ordered.slice((page - 1) * MY_WORK_PAGE_SIZE, page * MY_WORK_PAGE_SIZE),
    page,
    pageCount,
    total: ordered.length,
    isTruncated,
    limit: MAX_MY_WORK_ASSIGNMENTS,
  };
}
