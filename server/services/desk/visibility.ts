import "server-only";
import type { Db, Tx } from "../../db";
import { AppError } from "../../errors";
import { can, type Actor } from "../../auth/permissions";

/** The assignments that name the actor, in any of their three slots. */
export function assignedTo(actorId: string) {
  return { OR: [{ translatorId: actorId }, { reviewerId: actorId }, { publisherId: actorId }] };
}

/**
 * The documents the actor may know exist, as a Prisma `where` (decision 023): every article that
 * is not confidential; confidential ones only for publishers, administrators and the article's
 * assignees. `undefined` when the actor sees everything, so queries stay as they were.
 */
export function visibleDocumentsWhere(actor: Actor) {
  if (can(actor, "document:view-confidential")) return undefined;
  return { OR: [{ confidential: false }, { translations: { some: { assignment: assignedTo(actor.id) } } }] };
}

/** Whether the actor may see the document; false for one that does not exist. */
export async function maySeeDocument(client: Db | Tx, actor: Actor, documentId: string): Promise<boolean> {
  const visible = visibleDocumentsWhere(actor);
  const found = await client.document.findFirst({ where: { id: documentId, ...(visible ?? {}) }, select: { id: true } });
  return found !== null;
}

/**
 * Throws NOT_FOUND unless the actor may see the document: a confidential article answers exactly
 * like a missing one to those not allowed, so its existence is not revealed. Every service that
 * reads or writes an article, a translation or a paragraph calls it (through findTranslation or
 * directly with the paragraph's document).
 */
export async function assertMaySeeDocument(client: Db | Tx, actor: Actor, documentId: string, entity = "document"): Promise<void> {
  if (!(await maySeeDocument(client, actor, documentId))) throw new AppError("NOT_FOUND", { entity });
}

/**
 * The same for a document the caller has just read a row of (a paragraph, a comment): it
 * exists, so an actor who sees every article costs no query.
 */
export async function assertMaySeeLoadedDocument(client: Db | Tx, actor: Actor, documentId: string, entity: string): Promise<void> {
  if (visibleDocumentsWhere(actor) === undefined) return;
  await assertMaySeeDocument(client, actor, documentId, entity);
}
