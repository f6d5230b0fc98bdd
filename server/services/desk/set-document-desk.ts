import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { publishDocumentEvent } from "../../realtime/document-events";
import { parseInput } from "../../validation";
import { setDocumentDeskInput } from "./assignment.schema";
import { assertMaySeeDocument } from "./visibility";

/** Sets an article's embargo and confidentiality (decision 023), with the document's version and an audit event. */
export async function setDocumentDesk({ actor, input }: { actor: Actor; input: unknown }) {
  assertCan(actor, "assignment:manage");
  const { documentId, publishNotBefore, confidential, version } = parseInput(setDocumentDeskInput, input);
  await assertMaySeeDocument(db, actor, documentId);
  const until = publishNotBefore ? new Date(publishNotBefore) : null;
  const result = await db.$transaction(async (tx) => {
    const before = await tx.document.findUnique({ where: { id: documentId }, select: { publishNotBefore: true, confidential: true, version: true } });
    if (!before) throw new AppError("NOT_FOUND", { entity: "document" });
    if (before.version !== version) throw new AppError("CONFLICT", { entity: "document" });
    const updated = await tx.document.updateMany({
      where: { id: documentId, version },
      data: { publishNotBefore: until, confidential, version: { increment: 1 }, lastActivityAt: new Date() },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", { entity: "document" });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "document.desk-changed",
      entityType: "Document",
      entityId: documentId,
      documentId,
      data: {
        from: { publishNotBefore: before.publishNotBefore?.toISOString() ?? null, confidential: before.confidential },
        to: { publishNotBefore: until?.toISOString() ?? null, confidential },
      },
    });
    return { publishNotBefore: until?.toISOString() ?? null, confidential, documentVersion: version + 1 };
  });
  await publishDocumentEvent(documentId, { type: "desk", lang: null, actorId: actor.id, actorName: actor.name });
  return result;
}
