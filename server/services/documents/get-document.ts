import "server-only";
import { summariseProgress, type Progress } from "@/domain/progress";
import type { Dismissal } from "@/domain/qa/text-hash";
import type { GlossaryEntry } from "@/domain/qa/types";
import { db } from "../../db";
import { loadDismissals, loadGlossary } from "../../qa/document-findings";
import { AppError } from "../../errors";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { segmentSelect, toSegmentDto, type SegmentDto } from "../segments/segment-dto";

export type { SegmentDto };

export type DocumentDto = {
  /** The glossary and the dismissed findings, so the editor runs the quality checks as the user types. */
  glossary: GlossaryEntry[];
  dismissals: Dismissal[];
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
      segments: { orderBy: { position: "asc" }, select: segmentSelect },
    },
  });
  if (!document) throw new AppError("NOT_FOUND", { entity: "document" });
  const segments = document.segments.map(toSegmentDto);
  const [glossary, dismissals] = await Promise.all([loadGlossary(db, document.sourceLang, document.targetLang), loadDismissals(db, document.id)]);
  return {
    glossary,
    dismissals,
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
