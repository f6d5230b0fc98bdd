import "server-only";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import { can, type Actor } from "../../auth/permissions";
import { findTranslation } from "../translations/find-translation";
import { listCandidates } from "./assignees";
import type { DeskDto } from "./assignment.schema";
import { readAssignment } from "./set-assignment";

/** A translation's assignment, the article's embargo and confidentiality, and the people who may be assigned. */
export async function getDesk({ actor, documentId, lang }: { actor: Actor; documentId: string; lang?: string }): Promise<DeskDto> {
  assertCan(actor, "document:view");
  const scope = await findTranslation(db, actor, documentId, lang);
  const [assignment, document] = await Promise.all([
    readAssignment(db, scope.translationId, scope.lang),
    db.document.findUniqueOrThrow({ where: { id: documentId }, select: { publishNotBefore: true, confidential: true, version: true } }),
  ]);
  const canManage = can(actor, "assignment:manage");
  return {
    assignment,
    publishNotBefore: document.publishNotBefore?.toISOString() ?? null,
    confidential: document.confidential,
    documentVersion: document.version,
    canManage,
    candidates: canManage ? await listCandidates(db, scope.lang) : { translator: [], reviewer: [], publisher: [] },
  };
}
