import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import type { SegmentDto } from "./segment-dto.schema";

/** The columns a SegmentDto is built from (the schema is in segment-dto.schema.ts, for the browser). */
const segmentColumns = {
  id: true,
  documentId: true,
  lang: true,
  position: true,
  kind: true,
  state: true,
  sourceText: true,
  targetText: true,
  version: true,
  sourceRevision: true,
  removedInRevision: true,
  previousSourceText: true,
  updatedAt: true,
  _count: { select: { comments: { where: { resolvedAt: null, parentId: null } } } },
} as const;

export const segmentSelect = {
  ...segmentColumns,
  lastEditor: { select: { name: true } },
} as const;

type SelectedSegment = Prisma.SegmentGetPayload<{ select: typeof segmentSelect }>;

/**
 * The same columns with the last editor's id instead of their name: Prisma reads a relation by
 * a second query, which the hot paths (read or save one paragraph) skip when the name is already
 * known, the caller being the last editor, or not needed, the save changing the text.
 */
export const segmentRowSelect = { ...segmentColumns, lastEditorId: true } as const;

export type SegmentRow = Prisma.SegmentGetPayload<{ select: typeof segmentRowSelect }>;

type NameReader = { user: { findUnique: (args: { where: { id: string }; select: { name: true } }) => Promise<{ name: string } | null> } };

/** The last editor's name for a row read with segmentRowSelect: the caller's own, or read. */
export async function lastEditorNameOf(client: NameReader, row: SegmentRow, caller: { id: string; name: string }): Promise<string | null> {
  if (row.lastEditorId === null) return null;
  if (row.lastEditorId === caller.id) return caller.name;
  return (await client.user.findUnique({ where: { id: row.lastEditorId }, select: { name: true } }))?.name ?? null;
}

export function toSegmentDtoFromRow(row: SegmentRow, lastEditorName: string | null): SegmentDto {
  return toSegmentDto({ ...row, lastEditor: lastEditorName === null ? null : { name: lastEditorName } });
}

export function toSegmentDto(segment: SelectedSegment): SegmentDto {
  return {
    id: segment.id,
    documentId: segment.documentId,
    lang: segment.lang,
    position: segment.position,
    kind: segment.kind,
    state: segment.state,
    sourceText: segment.sourceText,
    targetText: segment.targetText,
    version: segment.version,
    sourceRevision: segment.sourceRevision,
    removedInRevision: segment.removedInRevision,
    previousSourceText: segment.previousSourceText,
    lastEditorName: segment.lastEditor?.name ?? null,
    updatedAt: segment.updatedAt.toISOString(),
    openCommentCount: segment._count.comments,
  };
}
