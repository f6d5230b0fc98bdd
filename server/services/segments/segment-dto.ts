import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import type { SegmentKind } from "@/domain/segmentation/classify-segment";
import type { SegmentState } from "@/domain/workflow/segment-state";

/** What the browser gets of a segment. Built from `segmentSelect`, never from a raw row. */
export type SegmentDto = {
  id: string;
  documentId: string;
  position: number;
  kind: SegmentKind;
  state: SegmentState;
  sourceText: string;
  targetText: string;
  version: number;
  lastEditorName: string | null;
  updatedAt: string;
  /** Open comment threads (replies and resolved threads do not count). */
  openCommentCount: number;
};

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
