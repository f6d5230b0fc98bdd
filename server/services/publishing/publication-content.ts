import "server-only";
import { createHash } from "node:crypto";
import type { PublicationContent } from "@/domain/publishing/article";
import { db } from "../../db";
import { AppError } from "../../errors";

/** The hash a publication is stored with, so that any later change to its content shows. */
export function hashContent(serialised: string): string {
  return createHash("sha256").update(serialised).digest("hex");
}

/** A stored publication, checked against its hash so that tampering never goes unnoticed. */
export async function getPublicationContent({ documentId, lang }: { documentId: string; lang: string }, number: number) {
  const row = await db.publication.findUnique({
    where: { documentId_lang_number: { documentId, lang, number } },
    select: { content: true, contentHash: true, createdAt: true, number: true },
  });
  if (!row) throw new AppError("NOT_FOUND", { entity: "publication" });
  if (hashContent(row.content) !== row.contentHash) throw new Error(`publication ${documentId} v${number} does not match its hash`);
  return { number: row.number, createdAt: row.createdAt.toISOString(), content: JSON.parse(row.content) as PublicationContent };
}
