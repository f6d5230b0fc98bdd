import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { diffWords, type DiffPart } from "@/domain/history/word-diff";
import { toText } from "@/domain/exporters/article-formats";
import type { PublicationContent } from "@/domain/publishing/article";
import { checkPublishGate, isPublishable, type ChecklistItem } from "@/domain/publishing/publish-gate";
import { db, type Db, type Tx } from "../../db";
import { errorPositions, findOpenFindings } from "../quality/find-open-findings";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { assertCan } from "../../auth/assert-can";
import { can, type Actor } from "../../auth/permissions";
import { loadCurrentContent } from "./load-current-content";
import { publishDocumentEvent } from "../../realtime/document-events";
import { parseInput } from "../../validation";

export type ChecklistDto = { items: ChecklistItem[]; isPublishable: boolean; canOverride: boolean };

export type PublicationSummaryDto = {
  number: number;
  publishedByName: string;
  createdAt: string;
  contentHash: string;
  overrideReason: string | null;
};

/** What stands between the document and publication, item by item. */
/** The checklist of a document as it is now, quality findings included. */
async function currentChecklist(client: Db | Tx, documentId: string) {
  const { content, segmentIds } = await loadCurrentContent(client, documentId);
  const checked = content.segments.map((segment, index) => ({ ...segment, id: segmentIds[index] }));
  const findings = await findOpenFindings(client, { id: documentId, sourceLang: content.sourceLang, targetLang: content.targetLang }, checked);
  return { content, items: checkPublishGate(content.segments, errorPositions(content.segments, findings)) };
}

export async function getPublishChecklist({ actor, documentId }: { actor: Actor; documentId: string }): Promise<ChecklistDto> {
  assertCan(actor, "document:view");
  const { items } = await currentChecklist(db, documentId);
  return { items, isPublishable: isPublishable(items), canOverride: can(actor, "document:publish-override") };
}

const publishInput = z.object({
  documentId: z.string().min(1).max(64),
  /** Only for administrators, and only when the checklist fails. */
  overrideReason: z.string().trim().min(1).max(2_000).optional(),
});

export function hashContent(serialised: string): string {
  return createHash("sha256").update(serialised).digest("hex");
}

/**
 * Publishes the document as it is now: a new, numbered, immutable Publication with the exact
 * final article and a content hash. Refused with the checklist while it fails, unless an
 * administrator overrides it with a reason, which is recorded.
 */
export async function publishDocument({ actor, input }: { actor: Actor; input: unknown }): Promise<PublicationSummaryDto> {
  assertCan(actor, "document:publish");
  const { documentId, overrideReason } = parseInput(publishInput, input);
  if (overrideReason !== undefined) assertCan(actor, "document:publish-override");
  const summary = await db.$transaction(async (tx) => {
    const { content, items } = await currentChecklist(tx, documentId);
    const isOverride = !isPublishable(items);
    if (isOverride && overrideReason === undefined) {
      throw new AppError("PUBLISH_BLOCKED", {}, { details: { checklist: items } });
    }
    const serialised = JSON.stringify(content);
    const latest = await tx.publication.findFirst({ where: { documentId }, orderBy: { number: "desc" }, select: { number: true } });
    const number = (latest?.number ?? 0) + 1;
    const publication = await tx.publication.create({
      data: {
        documentId,
        number,
        publishedById: actor.id,
        content: serialised,
        contentHash: hashContent(serialised),
        overrideReason: isOverride ? (overrideReason ?? null) : null,
      },
      select: { number: true, createdAt: true, contentHash: true, overrideReason: true },
    });
    await tx.document.update({ where: { id: documentId }, data: { status: "PUBLISHED", version: { increment: 1 }, lastActivityAt: new Date() }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "document.published",
      entityType: "Document",
      entityId: documentId,
      documentId,
      data: { version: number, override: isOverride, ...(isOverride ? { reason: overrideReason } : {}) },
    });
    return {
      number: publication.number,
      publishedByName: actor.name,
      createdAt: publication.createdAt.toISOString(),
      contentHash: publication.contentHash,
      overrideReason: publication.overrideReason,
    };
  });
  await publishDocumentEvent(documentId, { type: "published", version: summary.number, actorName: actor.name });
  return summary;
}

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

/** A stored publication, checked against its hash so that tampering never goes unnoticed. */
export async function getPublicationContent(documentId: string, number: number) {
  const row = await db.publication.findUnique({
    where: { documentId_number: { documentId, number } },
    select: { content: true, contentHash: true, createdAt: true, number: true },
  });
  if (!row) throw new AppError("NOT_FOUND", { entity: "publication" });
  if (hashContent(row.content) !== row.contentHash) throw new Error(`publication ${documentId} v${number} does not match its hash`);
  return { number: row.number, createdAt: row.createdAt.toISOString(), content: JSON.parse(row.content) as PublicationContent };
}

const diffInput = z.object({
  documentId: z.string().min(1).max(64),
  from: z.coerce.number().int().positive(),
  to: z.coerce.number().int().positive(),
});

/** The word-level difference between the text of two published versions. */
export async function diffPublications({ actor, input }: { actor: Actor; input: unknown }): Promise<{ from: number; to: number; diff: DiffPart[] }> {
  assertCan(actor, "document:view");
  const { documentId, from, to } = parseInput(diffInput, input);
  const [older, newer] = await Promise.all([getPublicationContent(documentId, from), getPublicationContent(documentId, to)]);
  const text = (p: Awaited<ReturnType<typeof getPublicationContent>>) =>
    toText({ documentId, content: p.content, version: p.number, isDraft: false, createdAt: p.createdAt });
  return { from, to, diff: diffWords(text(older), text(newer)) };
}
