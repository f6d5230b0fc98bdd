import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { assertCan, assertCanWorkOn } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { deleteGlossaryTermInput } from "./delete-glossary-term.schema";

export async function deleteGlossaryTerm({ actor, id }: { actor: Actor; id: string }): Promise<void> {
  assertCan(actor, "glossary:manage");
  const input = parseInput(deleteGlossaryTermInput, { id });
  await db.$transaction(async (tx) => {
    const term = await tx.glossaryTerm.findUnique({ where: { id: input.id }, select: { sourceTerm: true, targetTerm: true, forbidden: true, targetLang: true } });
    if (term) assertCanWorkOn(actor, term.targetLang);
    if (!term) throw new AppError("NOT_FOUND", { entity: "glossaryTerm" });
    await tx.glossaryTerm.delete({ where: { id: input.id }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "glossary.term-deleted", entityType: "GlossaryTerm", entityId: input.id, data: term });
  });
}
