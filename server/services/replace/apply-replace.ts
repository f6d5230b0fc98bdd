import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { publishDocumentEvent } from "../../realtime/document-events";
import { applySegmentChange } from "../segments/apply-segment-change";
import { parseInput } from "../../validation";
import { compileSearch, matchTexts } from "./match-texts";
import { applyReplaceInput, type ReplaceResultDto } from "./apply-replace.schema";

/**
 * Replaces in the chosen paragraphs, recomputed from their current text: one REPLACE revision
 * each, all in one transaction, under one batch id so that one undo reverts them all.
 */
export async function applyReplace({ actor, input }: { actor: Actor; input: unknown }): Promise<ReplaceResultDto> {
  assertCan(actor, "text:replace");
  const options = parseInput(applyReplaceInput, input);
  const pattern = compileSearch(options);
  const batchId = randomUUID();
  const touched = new Set<string>();
  const replaced = await db.$transaction(async (tx) => {
    let count = 0;
    for (const chosen of options.segments) {
      const segment = await tx.segment.findUnique({ where: { id: chosen.id }, select: { version: true, targetText: true, state: true, documentId: true } });
      if (!segment || segment.version !== chosen.version || segment.state === "EXCLUDED") continue;
      const [result] = matchTexts([segment.targetText], pattern, options.replacement, options.isRegex);
      if (!result) continue;
      const after = result[1];
      await applySegmentChange(tx, {
        actor,
        segmentId: chosen.id,
        version: chosen.version,
        targetText: after,
        revisionReason: "REPLACE",
        actions: [{ type: "edit", targetText: after, isReviewer: true }],
        batchId,
        auditAction: "segment.edited",
      });
      touched.add(segment.documentId);
      count += 1;
    }
    return count;
  });
  for (const documentId of touched) await publishDocumentEvent(documentId, { type: "segments", actorId: actor.id, actorName: actor.name });
  return { batchId: replaced > 0 ? batchId : null, replaced, skipped: options.segments.length - replaced };
}
