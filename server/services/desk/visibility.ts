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

/** Above this many confidential articles assigned to the actor, `listedDocumentsWhere` keeps the relational form. */
const MAX_LISTED_CONFIDENTIAL = 200;

/**
 * The same rule as `visibleDocumentsWhere`, for a query over many documents (the documents
 * list, decision 028): the confidential articles assigned to the actor are read first (usually
 * none or a few), so that the condition is `confidential = false OR id IN (those)`, which the
 * database answers from the list's index, instead of a lookup of each confidential article's
 * assignments (PostgreSQL ran it for every confidential row it met).
 */
export async function listedDocumentsWhere(client: Db | Tx, actor: Actor) {
  const visible = visibleDocumentsWhere(actor);
  if (visible === undefined) return undefined;
  const assigned = await client.assignment.findMany({
    where: { ...assignedTo(actor.id), translation: { document: { confidential: true } } },
    select: { translation: { select: { documentId: true } } },
    take: MAX_LISTED_CONFIDENTIAL + 1,
  });
  if (assigned.length > MAX_LISTED_CONFIDENTIAL) return visible;
  return { OR: [{ confidential: false }, { id: { in: [...new Set(assigned.map((assignment) => assignment.translation.documentId))] } }] };
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
