import "server-only";
import { summariseProgress, type Progress } from "@/domain/progress";
import type { SegmentKind } from "@/domain/segmentation/classify-segment";
import type { SegmentState } from "@/domain/workflow/segment-state";
import { db } from "../db";
import { AppError } from "../errors";
import { assertCan } from "../auth/assert-can";
import type { Actor } from "../auth/permissions";

export type SegmentDto = {
  id: string;
  position: number;
  kind: SegmentKind;
  state: SegmentState;
  sourceText: string;
  targetText: string;
  version: number;
  lastEditorName: string | null;
  updatedAt: string;
};

export type DocumentDto = {
  id: string;
  title: string;
  sourceLang: string;
  targetLang: string;
  status: string;
  version: number;
  updatedAt: string;
  progress: Progress;
  segments: SegmentDto[];
};

export async function getDocument({ actor, documentId }: { actor: Actor; documentId: string }): Promise<DocumentDto> {
  assertCan(actor, "document:view");
  const document = await db.document.findUnique({
    where: { id: documentId },
    select: {
      id: true,
      title: true,
      sourceLang: true,
      targetLang: true,
      status: true,
      version: true,
      updatedAt: true,
      segments: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          kind: true,
          state: true,
          sourceText: true,
          targetText: true,
          version: true,
          updatedAt: true,
          lastEditor: { select: { name: true } },
        },
      },
    },
  });
  if (!document) throw new AppError("NOT_FOUND", { entity: "document" });
  const segments: SegmentDto[] = document.segments.map((segment) => ({
    id: segment.id,
    position: segment.position,
    kind: segment.kind,
    state: segment.state,
    sourceText: segment.sourceText,
    targetText: segment.targetText,
    version: segment.version,
    lastEditorName: segment.lastEditor?.name ?? null,
    updatedAt: segment.updatedAt.toISOString(),
  }));
  return {
    id: document.id,
    title: document.title,
    sourceLang: document.sourceLang,
    targetLang: document.targetLang,
    status: document.status,
    version: document.version,
    updatedAt: document.updatedAt.toISOString(),
    progress: summariseProgress(segments.map((s) => s.state)),
    segments,
  };
}
