import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { publishDocumentEvent } from "../../realtime/document-events";
import { parseInput } from "../../validation";
import { setEditingSegmentInput } from "./set-editing-segment.schema";

/** Marks which paragraph this connection is editing (a soft lock others can see), or none. */
export async function setEditingSegment({ actor, input }: { actor: Actor; input: unknown }): Promise<void> {
  assertCan(actor, "document:view");
  const { documentId, connectionId, editingSegmentId } = parseInput(setEditingSegmentInput, input);
  const updated = await db.presence.updateMany({
    where: { id: connectionId, documentId, userId: actor.id },
    data: { editingSegmentId, lastSeenAt: new Date() },
  });
  if (updated.count === 0) throw new AppError("NOT_FOUND", { entity: "presence" });
  await publishDocumentEvent(documentId, { type: "presence" });
}
