import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";
import { assertCan, assertCanWorkOn } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { findParagraphSuggestions } from "./find-memory-matches";
import type { SegmentSuggestionsDto } from "./get-segment-suggestions.schema";
import { assertMaySeeLoadedDocument } from "../desk/visibility";

/** The translation memory's matches for one paragraph's current French and for each of its sentences. */
export async function getSegmentSuggestions({ actor, segmentId }: { actor: Actor; segmentId: string }): Promise<SegmentSuggestionsDto> {
  assertCan(actor, "document:view");
  const segment = await db.segment.findUnique({
    where: { id: segmentId },
    select: { id: true, lang: true, sourceText: true, documentId: true, document: { select: { sourceLang: true } } },
  });
  if (!segment) throw new AppError("NOT_FOUND", { entity: "segment" });
  assertCanWorkOn(actor, segment.lang);
  await assertMaySeeLoadedDocument(db, actor, segment.documentId, "segment");
  return findParagraphSuggestions(db, {
    text: segment.sourceText,
    sourceLang: segment.document.sourceLang,
    targetLang: segment.lang,
    excludeSegmentId: segment.id,
  });
}
