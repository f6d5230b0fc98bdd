import "server-only";
import { z } from "zod";
import { SEGMENT_KINDS } from "@/domain/segmentation/classify-segment";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { announceSegmentChange, applySegmentChange, type SegmentChangeResult } from "./apply-segment-change";
import { parseInput } from "../../validation";

const changeKindInput = z.object({
  segmentId: z.string().min(1).max(64),
  kind: z.enum(SEGMENT_KINDS),
  version: z.number().int().positive(),
});

/** Reclassifies a paragraph (title, caption, body, tag, page furniture...) that the import guessed wrong. */
export async function changeSegmentKind({ actor, input }: { actor: Actor; input: unknown }): Promise<SegmentChangeResult> {
  assertCan(actor, "segment:edit");
  const { segmentId, kind, version } = parseInput(changeKindInput, input);
  const result = await db.$transaction((tx) => applySegmentChange(tx, { actor, segmentId, version, kind, actions: [], auditAction: "segment.kind-changed" }));
  return announceSegmentChange(actor, result);
}
