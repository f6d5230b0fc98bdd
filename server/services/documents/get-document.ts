import "server-only";
import { summariseProgress } from "@/domain/progress";
import { db } from "../../db";
import { loadDismissals, loadGlossary } from "../quality/find-open-findings";
import { AppError } from "../../errors";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { segmentSelect, toSegmentDto } from "../segments/segment-dto";
import type { DocumentDto } from "./get-document.schema";

/** One document with all its paragraphs, for the editor and the publish page. */
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
