import "server-only";
import { formatVariants } from "@/domain/qa/glossary-variants";
import { db } from "../../db";
import { recordAudit } from "../../audit";
import { assertCan, assertCanWorkOn } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { assertUniqueSourceTerm, glossaryPair, glossaryTermSelect, toGlossaryTermDto } from "./glossary-term-dto";
import type { GlossaryTermDto } from "./glossary-term-dto.schema";
import { createGlossaryTermInput } from "./create-glossary-term.schema";

export async function createGlossaryTerm({ actor, input }: { actor: Actor; input: unknown }): Promise<GlossaryTermDto> {
  assertCan(actor, "glossary:manage");
  const { targetLang, ...data } = parseInput(createGlossaryTermInput, input);
  // A glossary belongs to a language pair: an account limited to some languages manages theirs only.
  assertCanWorkOn(actor, targetLang);
  return db.$transaction(async (tx) => {
    await assertUniqueSourceTerm(tx, targetLang, data.sourceTerm);
    const term = await tx.glossaryTerm.create({ data: { ...glossaryPair(targetLang), ...data, forbidden: formatVariants(data.forbidden), createdById: actor.id }, select: glossaryTermSelect });
    await recordAudit(tx, { actorId: actor.id, action: "glossary.term-created", entityType: "GlossaryTerm", entityId: term.id, data: { ...data, targetLang } });
    return toGlossaryTermDto(term);
  });
}
