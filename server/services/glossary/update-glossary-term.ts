import "server-only";
import { formatVariants } from "@/domain/qa/glossary-variants";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { assertCan, assertCanWorkOn } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { assertUniqueSourceTerm, glossaryTermSelect, toGlossaryTermDto } from "./glossary-term-dto";
import type { GlossaryTermDto } from "./glossary-term-dto.schema";
import { updateGlossaryTermInput } from "./update-glossary-term.schema";

export async function updateGlossaryTerm({ actor, input }: { actor: Actor; input: unknown }): Promise<GlossaryTermDto> {
  assertCan(actor, "glossary:manage");
  const { id, version, ...data } = parseInput(updateGlossaryTermInput, input);
  return db.$transaction(async (tx) => {
    const current = await tx.glossaryTerm.findUnique({ where: { id }, select: { targetLang: true } });
    if (current) assertCanWorkOn(actor, current.targetLang);
    if (!current) throw new AppError("NOT_FOUND", { entity: "glossaryTerm" });
    await assertUniqueSourceTerm(tx, current.targetLang, data.sourceTerm, id);
    const updated = await tx.glossaryTerm.updateMany({ where: { id, version }, data: { ...data, forbidden: formatVariants(data.forbidden), version: { increment: 1 } } });
    if (updated.count === 0) {
      const exists = await tx.glossaryTerm.findUnique({ where: { id }, select: { id: true } });
      throw new AppError(exists ? "CONFLICT" : "NOT_FOUND", { entity: "glossaryTerm" });
    }
    await recordAudit(tx, { actorId: actor.id, action: "glossary.term-updated", entityType: "GlossaryTerm", entityId: id, data });
    return toGlossaryTermDto(await tx.glossaryTerm.findUniqueOrThrow({ where: { id }, select: glossaryTermSelect }));
  });
}
