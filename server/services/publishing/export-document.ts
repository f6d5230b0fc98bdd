import "server-only";
import { exportPublication } from "@/domain/exporters/export-publication";
import type { ExportOutput } from "@/domain/exporters/types";
import { db } from "../../db";
import { AppError } from "../../errors";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { loadCurrentContent } from "./load-current-content";
import { parseInput } from "../../validation";
import { exportDocumentInput } from "./export-document.schema";
import { getPublicationContent } from "./publication-content";

export type ExportedFile = ExportOutput & { filename: string };

function slug(title: string): string {
  const base = title
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return base || "document";
}

/**
 * Exports a publication (or, for those who work on the text, a draft of the current state)
 * in one format. Publications are read back exactly as they were frozen.
 */
export async function exportDocument({ actor, input }: { actor: Actor; input: unknown }): Promise<ExportedFile> {
  assertCan(actor, "document:view");
  const { documentId, format, version, draft } = parseInput(exportDocumentInput, input);
  if (draft) {
    assertCan(actor, "document:export-draft");
    const { title, content } = await loadCurrentContent(db, documentId);
    const output = await exportPublication(format, { documentId, content, version: null, isDraft: true, createdAt: new Date().toISOString() });
    return { ...output, filename: `${slug(title)}-draft.${format === "xliff20" ? "xliff2.xlf" : output.extension}` };
  }
  const document = await db.document.findUnique({ where: { id: documentId }, select: { title: true } });
  if (!document) throw new AppError("NOT_FOUND", { entity: "document" });
  const number =
    version ?? (await db.publication.findFirst({ where: { documentId }, orderBy: { number: "desc" }, select: { number: true } }))?.number;
  if (number === undefined) throw new AppError("NOT_FOUND", { entity: "publication" });
  const publication = await getPublicationContent(documentId, number);
  const output = await exportPublication(format, {
    documentId,
    content: publication.content,
    version: publication.number,
    isDraft: false,
    createdAt: publication.createdAt,
  });
  return { ...output, filename: `${slug(document.title)}-v${publication.number}.${format === "xliff20" ? "xliff2.xlf" : output.extension}` };
}
