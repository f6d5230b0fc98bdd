import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import type { PublicationSummaryDto } from "./publication-summary.schema";

/** The document's published versions, the latest first. */
export async function listPublications({ actor, documentId }: { actor: Actor; documentId: string }): Promise<PublicationSummaryDto[]> {
  assertCan(actor, "document:view");
  const document = await db.document.findUnique({ where: { id: documentId }, select: { id: true } });
  if (!document) throw new AppError("NOT_FOUND", { entity: "document" });
  const rows = await db.publication.findMany({
    where: { documentId },
    orderBy: { number: "desc" },
    select: { number: true, createdAt: true, contentHash: true, overrideReason: true, publishedBy: { select: { name: true } } },
  });
  return rows.map((row) => ({
    number: row.number,
    publishedByName: row.publishedBy.name,
    createdAt: row.createdAt.toISOString(),
    contentHash: row.contentHash,
    overrideReason: row.overrideReason,
  }));
}
