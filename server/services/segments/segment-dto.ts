import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import type { SegmentDto } from "./segment-dto.schema";

/** The columns a SegmentDto is built from (the schema is in segment-dto.schema.ts, for the browser). */
export const segmentSelect = {
  id: true,
  documentId: true,
  position: true,
  kind: true,
  state: true,
  sourceText: true,
  targetText: true,
  version: true,
  updatedAt: true,
  lastEditor: { select: { name: true } },
  _count: { select: { comments: { where: { resolvedAt: null, parentId: null } } } },
} as const;

type SelectedSegment = Prisma.SegmentGetPayload<{ select: typeof segmentSelect }>;

export function toSegmentDto(segment: SelectedSegment): SegmentDto {
  return {
    id: segment.id,
    documentId: segment.documentId,
    position: segment.position,
    kind: segment.kind,
    state: segment.state,
    sourceText: segment.sourceText,
    targetText: segment.targetText,
    version: segment.version,
    lastEditorName: segment.lastEditor?.name ?? null,
    updatedAt: segment.updatedAt.toISOString(),
    openCommentCount: segment._count.comments,
  };
}
