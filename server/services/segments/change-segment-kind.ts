import "server-only";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { announceSegmentChange, applySegmentChange, type SegmentChangeResult } from "./apply-segment-change";
import { parseInput } from "../../validation";
import { changeSegmentKindInput } from "./change-segment-kind.schema";

/**
 * Reclassifies a paragraph (title, caption, body, tag, page furniture...) that the import guessed
 * wrong. The change is a KIND revision; an approved paragraph goes back to review.
 */
export async function changeSegmentKind({ actor, input }: { actor: Actor; input: unknown }): Promise<SegmentChangeResult> {
  assertCan(actor, "segment:edit");
  const { segmentId, kind, version } = parseInput(changeSegmentKindInput, input);
  const result = await db.$transaction((tx) => applySegmentChange(tx, { actor, segmentId, version, kind, actions: [{ type: "reclassify" }], auditAction: "segment.kind-changed" }));
  return announceSegmentChange(actor, result);
}
