import "server-only";
import { z } from "zod";
import { db } from "../db";
import { AppError } from "../errors";
import { assertCan } from "../auth/assert-can";
import type { Actor } from "../auth/permissions";
import { publishDocumentEvent } from "../realtime/document-events";
import { parseInput } from "../validation";

/** A connection not refreshed for this long is considered gone (its tab crashed or the network dropped). */
export const PRESENCE_STALE_MS = 45_000;

export type PresenceDto = { userId: string; name: string; editingSegmentId: string | null };

export async function joinDocument({ actor, documentId, connectionId }: { actor: Actor; documentId: string; connectionId: string }) {
  assertCan(actor, "document:view");
  const document = await db.document.findUnique({ where: { id: documentId }, select: { id: true } });
  if (!document) throw new AppError("NOT_FOUND", { entity: "document" });
  await db.presence.create({ data: { id: connectionId, documentId, userId: actor.id } });
  await publishDocumentEvent(documentId, { type: "presence" });
}

export async function refreshPresence(connectionId: string) {
  await db.presence.updateMany({ where: { id: connectionId }, data: { lastSeenAt: new Date() } });
}

export async function leaveDocument({ documentId, connectionId }: { documentId: string; connectionId: string }) {
  await db.presence.deleteMany({ where: { id: connectionId } });
  await publishDocumentEvent(documentId, { type: "presence" });
}

const editingInput = z.object({
  documentId: z.string().min(1).max(64),
  connectionId: z.string().uuid(),
  editingSegmentId: z.string().min(1).max(64).nullable(),
});

/** Marks which paragraph this connection is editing (a soft lock others can see), or none. */
export async function setEditingSegment({ actor, input }: { actor: Actor; input: unknown }) {
  assertCan(actor, "document:view");
  const { documentId, connectionId, editingSegmentId } = parseInput(editingInput, input);
  const updated = await db.presence.updateMany({
    where: { id: connectionId, documentId, userId: actor.id },
    data: { editingSegmentId, lastSeenAt: new Date() },
  });
  if (updated.count === 0) throw new AppError("NOT_FOUND", { entity: "presence" });
  await publishDocumentEvent(documentId, { type: "presence" });
}

/** Who is on the document now, one entry per person, with the paragraph they edit if any. */
export async function listPresence({ actor, documentId }: { actor: Actor; documentId: string }): Promise<PresenceDto[]> {
  assertCan(actor, "document:view");
  const rows = await db.presence.findMany({
    where: { documentId, lastSeenAt: { gt: new Date(Date.now() - PRESENCE_STALE_MS) } },
    orderBy: { lastSeenAt: "desc" },
    select: { userId: true, editingSegmentId: true, user: { select: { name: true } } },
  });
  const byUser = new Map<string, PresenceDto>();
  for (const row of rows) {
    const known = byUser.get(row.userId);
    if (!known) byUser.set(row.userId, { userId: row.userId, name: row.user.name, editingSegmentId: row.editingSegmentId });
    else if (!known.editingSegmentId && row.editingSegmentId) known.editingSegmentId = row.editingSegmentId;
  }
  return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name));
}
