import "server-only";
import { parseGlossaryCsv, parseTbx } from "@/domain/qa/glossary-files";
import { formatVariants } from "@/domain/qa/glossary-variants";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { GLOSSARY_PAIR } from "./glossary-term-dto";
import { importGlossaryInput, type GlossaryImportResultDto } from "./import-glossary.schema";

/** Imports a CSV or TBX glossary: new terms are added, known source terms updated, all in one transaction. */
export async function importGlossary({ actor, input }: { actor: Actor; input: unknown }): Promise<GlossaryImportResultDto> {
  assertCan(actor, "glossary:manage");
  const { format, content } = parseInput(importGlossaryInput, input);
  const parsed = format === "csv" ? parseGlossaryCsv(content) : parseTbx(content);
  if (!parsed.ok) {
    throw new AppError("INVALID_INPUT", { field: "content", reason: parsed.code, ...(parsed.row ? { row: parsed.row } : {}), ...(parsed.limit ? { limit: parsed.limit } : {}) });
  }
  return db.$transaction(async (tx) => {
    let added = 0;
    let updated = 0;
    for (const record of parsed.records) {
      const data = { targetTerm: record.targetTerm, forbidden: formatVariants(record.forbidden), note: record.note };
      const existing = await tx.glossaryTerm.findFirst({ where: { ...GLOSSARY_PAIR, sourceTerm: record.sourceTerm }, select: { id: true } });
      if (existing) {
        await tx.glossaryTerm.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } }, select: { id: true } });
        updated += 1;
      } else {
        await tx.glossaryTerm.create({ data: { ...GLOSSARY_PAIR, sourceTerm: record.sourceTerm, ...data, createdById: actor.id }, select: { id: true } });
        added += 1;
      }
    }
    await recordAudit(tx, { actorId: actor.id, action: "glossary.imported", entityType: "GlossaryTerm", entityId: format, data: { format, added, updated } });
    return { added, updated };
  });
}
