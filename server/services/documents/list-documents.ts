import "server-only";
import { summariseProgress } from "@/domain/progress";
import { isSegmentState, type SegmentState } from "@/domain/workflow/segment-state";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { listDocumentsInput, type DocumentPageDto } from "./list-documents.schema";

/**
 * One page of the documents, the most recently changed first. Every query is bounded by the
 * page size, never by the size of the archive: the order comes from the documents' own
 * `lastActivityAt` (kept by every write), and progress is counted for this page's documents only.
 */
export async function listDocuments({ actor, input = {} }: { actor: Actor; input?: unknown }): Promise<DocumentPageDto> {
  assertCan(actor, "document:view");
  const { page: requestedPage, pageSize } = parseInput(listDocumentsInput, input);
  const total = await db.document.count();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(requestedPage, pageCount);
  const documents = await db.document.findMany({
    // The id breaks ties so that a document never appears on two pages or on none.
    orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      title: true,
      sourceLang: true,
      targetLang: true,
      status: true,
      lastActivityAt: true,
      createdBy: { select: { name: true } },
    },
  });
  const counts =
    documents.length === 0
      ? []
      : await db.segment.groupBy({
          by: ["documentId", "state"],
          where: { documentId: { in: documents.map((document) => document.id) } },
          _count: { _all: true },
        });
  const statesById = new Map<string, SegmentState[]>();
  for (const row of counts) {
    if (!isSegmentState(row.state)) continue;
    const states = statesById.get(row.documentId) ?? [];
    states.push(...Array<SegmentState>(row._count._all).fill(row.state));
    statesById.set(row.documentId, states);
  }
  return {
    documents: documents.map((document) => ({
      id: document.id,
      title: document.title,
      sourceLang: document.sourceLang,
      targetLang: document.targetLang,
      status: document.status,
      updatedAt: document.lastActivityAt.toISOString(),
      createdByName: document.createdBy.name,
      progress: summariseProgress(statesById.get(document.id) ?? []),
    })),
    page,
    pageSize,
    total,
    pageCount,
  };
}
