import "server-only";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { listPresenceInput, type PresenceDto } from "./list-presence.schema";
import { PRESENCE_STALE_MS } from "./presence-connection";
import { assertMaySeeDocument } from "../desk/visibility";

/** Who is on the document now, one entry per person, with the paragraph they edit if any. */
export async function listPresence({ actor, documentId }: { actor: Actor; documentId: string }): Promise<PresenceDto[]> {
  assertCan(actor, "document:view");
  const input = parseInput(listPresenceInput, { documentId });
  await assertMaySeeDocument(db, actor, input.documentId);
  const rows = await db.presence.findMany({
    where: { documentId: input.documentId, lastSeenAt: { gt: new Date(Date.now() - PRESENCE_STALE_MS) } },
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
