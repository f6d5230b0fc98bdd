import "server-only";
import { db } from "../../db";
import { findTranslation } from "../translations/find-translation";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import type { PublicationSummaryDto } from "./publication-summary.schema";

/** The document's published versions, the latest first. */
export async function listPublications({ actor, documentId, lang }: { actor: Actor; documentId: string; lang?: string }): Promise<PublicationSummaryDto[]> {
  assertCan(actor, "document:view");
  const scope = await findTranslation(db, actor, documentId, lang);
  const rows = await db.publication.findMany({
    where: { documentId, lang: scope.lang },
    orderBy: { number: "desc" },
    select: { number: true, sourceRevision: true, createdAt: true, contentHash: true, overrideReason: true, publishedBy: { select: { name: true } } },
  });
  return rows.map((row) => ({
    number: row.number,
    sourceRevision: row.sourceRevision,
    publishedByName: row.publishedBy.name,
    createdAt: row.createdAt.toISOString(),
    contentHash: row.contentHash,
    overrideReason: row.overrideReason,
  }));
}
