import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "../../db";
import { isAppError } from "../../errors";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { publishDocumentEvent } from "../../realtime/document-events";
import { applySegmentChange } from "../segments/apply-segment-change";
import { parseInput } from "../../validation";
import { compileSearch, withTextMatcher } from "./match-texts";
import { applyReplaceInput, type ReplaceResultDto } from "./apply-replace.schema";

/**
 * Replaces in the chosen paragraphs: one REPLACE revision each, all in one transaction, under one
 * batch id so that one undo reverts them all. The replacements are computed first, off the main
 * thread and outside the transaction, from the paragraphs at the versions the user chose; a
 * paragraph changed since (another version) is skipped, so what is written is what was computed.
 */
export async function applyReplace({ actor, input }: { actor: Actor; input: unknown }): Promise<ReplaceResultDto> {
  assertCan(actor, "text:replace");
  const options = parseInput(applyReplaceInput, input);
  const pattern = compileSearch(options);
  const chosen = new Map(options.segments.map((segment) => [segment.id, segment.version]));
  const current = await db.segment.findMany({
    where: { id: { in: [...chosen.keys()] } },
    select: { id: true, version: true, targetText: true, state: true, documentId: true },
  });
  const candidates = current.filter((segment) => segment.version === chosen.get(segment.id) && segment.state !== "EXCLUDED");
  const results = await withTextMatcher(pattern, options.replacement, options.isRegex, (matcher) => matcher.match(candidates.map((segment) => segment.targetText)));
  const batchId = randomUUID();
  const touched = new Set<string>();
  const replaced = await db.$transaction(async (tx) => {
    let count = 0;
    for (const [index, segment] of candidates.entries()) {
      const result = results[index];
      if (!result) continue;
      const after = result[1];
      try {
        await applySegmentChange(tx, {
          actor,
          segmentId: segment.id,
          version: segment.version,
          targetText: after,
          revisionReason: "REPLACE",
          actions: [{ type: "edit", targetText: after, isReviewer: true }],
          batchId,
          auditAction: "segment.edited",
        });
      } catch (error) {
        // Saved by someone else since it was read: their text stays, this one is skipped.
        if (isAppError(error) && error.code === "CONFLICT") continue;
        throw error;
      }
      touched.add(segment.documentId);
      count += 1;
    }
    return count;
  });
  for (const documentId of touched) await publishDocumentEvent(documentId, { type: "segments", actorId: actor.id, actorName: actor.name });
  return { batchId: replaced > 0 ? batchId : null, replaced, skipped: options.segments.length - replaced };
}
