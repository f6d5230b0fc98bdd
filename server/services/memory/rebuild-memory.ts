import "server-only";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { replaceMemoryUnits } from "./memory-units";

const BATCH = 500;

/**
 * Fills the memory from approved paragraphs that have no unit yet: those approved before the
 * memory existed (the migration creates the table empty, because a unit needs its French split
 * into sentences and hashed, which SQL cannot do). Each approval's approver and time come from
 * its latest move to APPROVED. Idempotent: a paragraph with units is left alone. One transaction
 * per batch of BATCH paragraphs. At most `limit` paragraphs (the server's start bounds its own
 * run so: MEMORY_REBUILD_ON_START); returns the number added and whether none is left to add.
 */
export async function rebuildMemory({
  actor,
  onProgress,
  limit = Number.POSITIVE_INFINITY,
}: {
  actor: Actor;
  onProgress?: (done: number) => void;
  limit?: number;
}): Promise<{ paragraphs: number; isComplete: boolean }> {
  assertCan(actor, "glossary:manage");
  let done = 0;
  // An empty translation makes no unit: it is not "missing" either, or every run would count it again.
  const missing = (after: string) => ({ state: "APPROVED" as const, removedInRevision: null, targetText: { not: "" }, memoryUnits: { none: {} }, id: { gt: after } });
  for (let after = ""; ; ) {
    if (done >= limit) return { paragraphs: done, isComplete: (await db.segment.findFirst({ where: missing(after), select: { id: true } })) === null };
    const segments = await db.segment.findMany({
      where: missing(after),
      orderBy: { id: "asc" },
      take: Math.min(BATCH, limit - done),
      select: {
        id: true,
        lang: true,
        sourceText: true,
        targetText: true,
        updatedAt: true,
        document: { select: { id: true, title: true, sourceLang: true } },
        stateChanges: { where: { toState: "APPROVED" }, orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true, actor: { select: { name: true } } } },
      },
    });
    if (segments.length === 0) break;
    await db.$transaction((tx) =>
      replaceMemoryUnits(
        tx,
        segments.map((segment) => ({
          segmentId: segment.id,
          sourceText: segment.sourceText,
          targetText: segment.targetText,
          sourceLang: segment.document.sourceLang,
          targetLang: segment.lang,
          documentId: segment.document.id,
          documentTitle: segment.document.title,
          authorName: segment.stateChanges[0]?.actor.name ?? "",
          origin: "APPROVED" as const,
          approvedAt: segment.stateChanges[0]?.createdAt ?? segment.updatedAt,
        })),
      ),
    );
    done += segments.length;
    onProgress?.(done);
    after = segments[segments.length - 1].id;
  }
  return { paragraphs: done, isComplete: true };
}
