import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import type { SegmentDto } from "./segment-dto.schema";

/** The columns a SegmentDto is built from (the schema is in segment-dto.schema.ts, for the browser). */
export const segmentSelect = {
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
  lastEditor: { select: { name: true } },
  _count: { select: { comments: { where: { resolvedAt: null, parentId: null } } } },
} as const;

type SelectedSegment = Prisma.SegmentGetPayload<{ select: typeof segmentSelect }>;

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
