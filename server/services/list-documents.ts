import "server-only";
import { summariseProgress, type Progress } from "@/domain/progress";
import { isSegmentState, type SegmentState } from "@/domain/workflow/segment-state";
import { db } from "../db";
import { assertCan } from "../auth/assert-can";
import type { Actor } from "../auth/permissions";

export type DocumentSummaryDto = {
  id: string;
  title: string;
  sourceLang: string;
  targetLang: string;
  status: string;
  updatedAt: string;
  createdByName: string;
  progress: Progress;
};

export async function listDocuments({ actor }: { actor: Actor }): Promise<DocumentSummaryDto[]> {
  assertCan(actor, "document:view");
  const documents = await db.document.findMany({
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      title: true,
      sourceLang: true,
      targetLang: true,
      status: true,
      updatedAt: true,
      createdBy: { select: { name: true } },
    },
  });
  // A document changes when its paragraphs do, so its "last change" is the latest of theirs.
  const latest = await db.segment.groupBy({
    by: ["documentId"],
    where: { documentId: { in: documents.map((d) => d.id) } },
    _max: { updatedAt: true },
  });
  const latestById = new Map(latest.map((row) => [row.documentId, row._max.updatedAt]));
  const counts = await db.segment.groupBy({
    by: ["documentId", "state"],
    where: { documentId: { in: documents.map((d) => d.id) } },
    _count: { _all: true },
  });
  const summaries = documents.map((document) => {
    const states: SegmentState[] = counts
      .filter((row) => row.documentId === document.id && isSegmentState(row.state))
      .flatMap((row) => Array<SegmentState>(row._count._all).fill(row.state as SegmentState));
    return {
      id: document.id,
      title: document.title,
      sourceLang: document.sourceLang,
      targetLang: document.targetLang,
      status: document.status,
      updatedAt: new Date(Math.max(document.updatedAt.getTime(), latestById.get(document.id)?.getTime() ?? 0)).toISOString(),
      createdByName: document.createdBy.name,
      progress: summariseProgress(states),
    };
  });
  return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}
