import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import type { ActivityDto } from "./list-document-activity.schema";

const DEFAULT_LIMIT = 50;

/** What everyone did on a document recently, newest first. */
export async function listDocumentActivity({ actor, documentId, limit = DEFAULT_LIMIT }: { actor: Actor; documentId: string; limit?: number }): Promise<ActivityDto[]> {
  assertCan(actor, "document:view");
  const document = await db.document.findUnique({ where: { id: documentId }, select: { id: true } });
  if (!document) throw new AppError("NOT_FOUND", { entity: "document" });
  const events = await db.auditEvent.findMany({
    where: { documentId },
    orderBy: { createdAt: "desc" },
    take: Math.min(Math.max(limit, 1), 200),
    select: { id: true, action: true, entityType: true, entityId: true, data: true, createdAt: true, actor: { select: { name: true } } },
  });
  return events.map((event) => {
    const data = JSON.parse(event.data) as Record<string, unknown>;
    const position = typeof data.position === "number" ? data.position : null;
    const segmentId = event.entityType === "Segment" ? event.entityId : typeof data.segmentId === "string" ? data.segmentId : null;
    return {
      id: event.id,
      action: event.action,
      actorName: event.actor?.name ?? null,
      createdAt: event.createdAt.toISOString(),
      paragraph: position === null ? null : position + 1,
      segmentId,
      fromState: typeof data.from === "string" ? data.from : null,
      toState: typeof data.to === "string" ? data.to : null,
      count: typeof data.count === "number" ? data.count : typeof data.segments === "number" ? data.segments : null,
    };
  });
}
