import "server-only";
import { db, type Tx } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { publishDocumentEvent } from "../../realtime/document-events";
import { parseInput } from "../../validation";
import { findTranslation } from "../translations/find-translation";
import { assertAssigneesFit } from "./assignees";
import { setAssignmentInput, type AssignmentDto } from "./assignment.schema";

const assignmentSelect = {
  version: true,
  dueAt: true,
  priority: true,
  translator: { select: { id: true, name: true } },
  reviewer: { select: { id: true, name: true } },
  publisher: { select: { id: true, name: true } },
} as const;

/** A translation's assignment as the API shows it; an empty one (version 0) when nobody was assigned. */
export async function readAssignment(client: typeof db | Tx, translationId: string, lang: string): Promise<AssignmentDto> {
  const row = await client.assignment.findUnique({ where: { translationId }, select: assignmentSelect });
  if (!row) return { lang, translator: null, reviewer: null, publisher: null, dueAt: null, priority: "NORMAL", version: 0 };
  return { lang, translator: row.translator, reviewer: row.reviewer, publisher: row.publisher, dueAt: row.dueAt?.toISOString() ?? null, priority: row.priority, version: row.version };
}

export type AssignmentValues = { translatorId: string | null; reviewerId: string | null; publisherId: string | null; dueAt: string | null; priority: AssignmentDto["priority"] };

/**
 * Writes an assignment and its audit event on the caller's transaction, after checking the
 * people; `version` is the one read (0: none yet). Shared by the editor's form and the import.
 */
export async function writeAssignment(tx: Tx, actor: Actor, scope: { translationId: string; documentId: string; lang: string }, values: AssignmentValues, version: number): Promise<AssignmentDto> {
  await assertAssigneesFit(tx, scope.lang, values);
  const data = { translatorId: values.translatorId, reviewerId: values.reviewerId, publisherId: values.publisherId, dueAt: values.dueAt ? new Date(values.dueAt) : null, priority: values.priority };
  const before = await readAssignment(tx, scope.translationId, scope.lang);
  if (before.version !== version) throw new AppError("CONFLICT", { entity: "assignment" }, { details: { current: before } });
  if (version === 0) {
    // The unique translationId makes a concurrent first assignment fail instead of doubling.
    try {
      await tx.assignment.create({ data: { translationId: scope.translationId, ...data }, select: { id: true } });
    } catch {
      throw new AppError("CONFLICT", { entity: "assignment" });
    }
  } else {
    // The version in the WHERE clause makes the check and the write one atomic step.
    const updated = await tx.assignment.updateMany({ where: { translationId: scope.translationId, version }, data: { ...data, version: { increment: 1 } } });
    if (updated.count === 0) throw new AppError("CONFLICT", { entity: "assignment" });
  }
  const after = await readAssignment(tx, scope.translationId, scope.lang);
  await recordAudit(tx, {
    actorId: actor.id,
    action: "assignment.changed",
    entityType: "Translation",
    entityId: scope.translationId,
    documentId: scope.documentId,
    data: {
      lang: scope.lang,
      from: { translatorId: before.translator?.id ?? null, reviewerId: before.reviewer?.id ?? null, publisherId: before.publisher?.id ?? null, dueAt: before.dueAt, priority: before.priority },
      to: { ...values, dueAt: after.dueAt },
    },
  });
  return after;
}

/**
 * Sets who translates, reviews and publishes one translation, by when and how urgently
 * (decision 023): reviewers, publishers and administrators; translators cannot.
 */
export async function setAssignment({ actor, input }: { actor: Actor; input: unknown }): Promise<AssignmentDto> {
  assertCan(actor, "assignment:manage");
  const { documentId, lang, version, ...values } = parseInput(setAssignmentInput, input);
  const scope = await findTranslation(db, actor, documentId, lang);
  const result = await db.$transaction(async (tx) => {
    const written = await writeAssignment(tx, actor, scope, values, version);
    await tx.document.update({ where: { id: documentId }, data: { lastActivityAt: new Date() }, select: { id: true } });
    return written;
  });
  await publishDocumentEvent(documentId, { type: "desk", lang: scope.lang, actorId: actor.id, actorName: actor.name });
  return result;
}
