import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";
import { assertCan, assertCanWorkOn } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { lastEditorNameOf, segmentRowSelect, toSegmentDtoFromRow } from "./segment-dto";
import type { SegmentDto } from "./segment-dto.schema";
import { assertMaySeeLoadedDocument } from "../desk/visibility";

/** One paragraph as it is now (for viewers catching up on a live update). */
export async function getSegment({ actor, segmentId }: { actor: Actor; segmentId: string }): Promise<SegmentDto> {
  assertCan(actor, "document:view");
  const segment = await db.segment.findUnique({ where: { id: segmentId }, select: segmentRowSelect });
  if (!segment) throw new AppError("NOT_FOUND", { entity: "segment" });
  assertCanWorkOn(actor, segment.lang);
  await assertMaySeeLoadedDocument(db, actor, segment.documentId, "segment");
  return toSegmentDtoFromRow(segment, await lastEditorNameOf(db, segment, actor));
}
