import "server-only";
import { z } from "zod";
import { summariseProgress, type Progress } from "@/domain/progress";
import { isSegmentState, type SegmentState } from "@/domain/workflow/segment-state";
import { db } from "../db";
import { assertCan } from "../auth/assert-can";
import type { Actor } from "../auth/permissions";
import { parseInput } from "../validation";

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

export type DocumentPageDto = {
  documents: DocumentSummaryDto[];
  /** The page shown, from 1; a page past the end shows the last one. */
  page: number;
  pageSize: number;
  /** Documents in the whole archive. */
  total: number;
  pageCount: number;
};

/** Documents per page of the list unless the caller asks for another size. */
export const DOCUMENTS_PAGE_SIZE = 50;
/** The largest page a caller may ask for: a page's progress is computed for its documents only. */
export const MAX_DOCUMENTS_PAGE_SIZE = 100;

const listInput = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_DOCUMENTS_PAGE_SIZE).default(DOCUMENTS_PAGE_SIZE),
});

/**
 * One page of the documents, the most recently changed first. Every query is bounded by the
 * page size, never by the size of the archive: the order comes from the documents' own
 * `lastActivityAt` (kept by every write), and progress is counted for this page's documents only.
 */
export async function listDocuments({ actor, input = {} }: { actor: Actor; input?: unknown }): Promise<DocumentPageDto> {
  assertCan(actor, "document:view");
  const { page: requestedPage, pageSize } = parseInput(listInput, input);
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
