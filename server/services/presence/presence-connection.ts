import "server-only";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { publishDocumentEvent } from "../../realtime/document-events";
import { assertMaySeeDocument } from "../desk/visibility";

// The life of one viewer's connection to a document's live updates: joined when the stream
// opens, refreshed by its heartbeat, left when it closes.

/** How often an open stream pings its viewer and refreshes its presence. */
export const PRESENCE_HEARTBEAT_MS = 15_000;

/** A connection not refreshed for this long is considered gone (its tab crashed or the network dropped). */
export const PRESENCE_STALE_MS = 45_000;

export async function joinDocument({ actor, documentId, connectionId }: { actor: Actor; documentId: string; connectionId: string }) {
  assertCan(actor, "document:view");
  await assertMaySeeDocument(db, actor, documentId);
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
