import "server-only";
import { parseGlossaryCsv, parseTbx } from "@/domain/qa/glossary-files";
import { formatVariants } from "@/domain/qa/glossary-variants";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { assertCan, assertCanWorkOn } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { glossaryPair } from "./glossary-term-dto";
import { importGlossaryInput, type GlossaryImportResultDto } from "./import-glossary.schema";

/**
 * How long one import's transaction may take: a file of MAX_GLOSSARY_IMPORT_TERMS terms that all
 * change is that many updates: several seconds on PostgreSQL, beyond Prisma's default of 5 s.
 */
const GLOSSARY_IMPORT_TIMEOUT_MS = 30_000;

/** Imports a CSV or TBX glossary: new terms are added, known source terms updated, all in one transaction. */
export async function importGlossary({ actor, input }: { actor: Actor; input: unknown }): Promise<GlossaryImportResultDto> {
  assertCan(actor, "glossary:manage");
  const { format, content, lang } = parseInput(importGlossaryInput, input);
  assertCanWorkOn(actor, lang);
  const parsed = format === "csv" ? parseGlossaryCsv(content) : parseTbx(content, "fr", lang.toLowerCase());
  if (!parsed.ok) {
    throw new AppError("INVALID_INPUT", { field: "content", reason: parsed.code, ...(parsed.row ? { row: parsed.row } : {}), ...(parsed.limit ? { limit: parsed.limit } : {}) });
  }
  // A term repeated in the file: its last row wins, as if the rows were imported one after another.
  const records = [...new Map(parsed.records.map((record) => [record.sourceTerm, record])).values()];
  const dataOf = (record: (typeof records)[number]) => ({ targetTerm: record.targetTerm, forbidden: formatVariants(record.forbidden), note: record.note });
  return db.$transaction(async (tx) => {
    // Known terms read in one query and new ones written in one, so a file at MAX_GLOSSARY_IMPORT_TERMS
    // fits in the transaction's time; only updates go row by row.
    const known = await tx.glossaryTerm.findMany({
      where: { ...glossaryPair(lang), sourceTerm: { in: records.map((r) => r.sourceTerm) } },
      select: { id: true, sourceTerm: true, targetTerm: true, forbidden: true, note: true },
    });
    const knownBySource = new Map(known.map((term) => [term.sourceTerm, term]));
    const fresh = records.filter((record) => !knownBySource.has(record.sourceTerm));
    await tx.glossaryTerm.createMany({ data: fresh.map((record) => ({ ...glossaryPair(lang), sourceTerm: record.sourceTerm, ...dataOf(record), createdById: actor.id })) });
    for (const record of records) {
      const term = knownBySource.get(record.sourceTerm);
      const data = dataOf(record);
      // A term the file leaves as it is keeps its version: an edit open in the form stays valid.
      if (!term || (term.targetTerm === data.targetTerm && term.forbidden === data.forbidden && term.note === data.note)) continue;
      await tx.glossaryTerm.update({ where: { id: term.id }, data: { ...data, version: { increment: 1 } }, select: { id: true } });
    }
    const added = fresh.length;
    const updated = records.length - added;
    await recordAudit(tx, { actorId: actor.id, action: "glossary.imported", entityType: "GlossaryTerm", entityId: format, data: { format, lang, added, updated } });
    return { added, updated };
  }, { timeout: GLOSSARY_IMPORT_TIMEOUT_MS });
}
