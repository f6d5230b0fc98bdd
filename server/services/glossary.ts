import "server-only";
import { z } from "zod";
import { parseGlossaryCsv, parseTbx, toGlossaryCsv, toTbx, type GlossaryRecord } from "@/domain/qa/glossary-files";
import { formatVariants, parseVariants, VARIANT_SEPARATOR } from "@/domain/qa/glossary-variants";
import { db, type Db, type Tx } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit";
import { assertCan } from "../auth/assert-can";
import type { Actor } from "../auth/permissions";
import { parseInput } from "../validation";

export type GlossaryTermDto = {
  id: string;
  sourceTerm: string;
  targetTerm: string;
  forbidden: string[];
  caseSensitive: boolean;
  note: string;
  version: number;
};

const PAIR = { sourceLang: "fr", targetLang: "en" } as const;
const select = { id: true, sourceTerm: true, targetTerm: true, forbidden: true, caseSensitive: true, note: true, version: true } as const;
const toDto = (row: { id: string; sourceTerm: string; targetTerm: string; forbidden: string; caseSensitive: boolean; note: string; version: number }): GlossaryTermDto => ({
  ...row,
  forbidden: parseVariants(row.forbidden),
});

export async function listGlossaryTerms({ actor }: { actor: Actor }): Promise<GlossaryTermDto[]> {
  assertCan(actor, "document:view");
  return (await db.glossaryTerm.findMany({ where: PAIR, orderBy: { sourceTerm: "asc" }, select })).map(toDto);
}

const term = z.string().trim().min(1).max(200);
const termInput = z.object({
  sourceTerm: term,
  targetTerm: term,
  forbidden: z.array(z.string().trim().min(1).max(200).refine((v) => !v.includes(VARIANT_SEPARATOR))).max(20).default([]),
  caseSensitive: z.boolean().default(false),
  note: z.string().trim().max(1_000).default(""),
});

async function assertUnique(client: Db | Tx, sourceTerm: string, exceptId?: string) {
  const existing = await client.glossaryTerm.findFirst({ where: { ...PAIR, sourceTerm }, select: { id: true } });
  if (existing && existing.id !== exceptId) throw new AppError("ALREADY_EXISTS", { field: "sourceTerm" });
}

export async function createGlossaryTerm({ actor, input }: { actor: Actor; input: unknown }): Promise<GlossaryTermDto> {
  assertCan(actor, "glossary:manage");
  const data = parseInput(termInput, input);
  return db.$transaction(async (tx) => {
    await assertUnique(tx, data.sourceTerm);
    const term = await tx.glossaryTerm.create({ data: { ...PAIR, ...data, forbidden: formatVariants(data.forbidden), createdById: actor.id }, select });
    await recordAudit(tx, { actorId: actor.id, action: "glossary.term-created", entityType: "GlossaryTerm", entityId: term.id, data });
    return toDto(term);
  });
}

export async function updateGlossaryTerm({ actor, input }: { actor: Actor; input: unknown }): Promise<GlossaryTermDto> {
  assertCan(actor, "glossary:manage");
  const { id, version, ...data } = parseInput(termInput.extend({ id: z.string().min(1).max(64), version: z.number().int().positive() }), input);
  return db.$transaction(async (tx) => {
    await assertUnique(tx, data.sourceTerm, id);
    const updated = await tx.glossaryTerm.updateMany({ where: { id, version }, data: { ...data, forbidden: formatVariants(data.forbidden), version: { increment: 1 } } });
    if (updated.count === 0) {
      const exists = await tx.glossaryTerm.findUnique({ where: { id }, select: { id: true } });
      throw new AppError(exists ? "CONFLICT" : "NOT_FOUND", { entity: "glossaryTerm" });
    }
    await recordAudit(tx, { actorId: actor.id, action: "glossary.term-updated", entityType: "GlossaryTerm", entityId: id, data });
    return toDto(await tx.glossaryTerm.findUniqueOrThrow({ where: { id }, select }));
  });
}

export async function deleteGlossaryTerm({ actor, id }: { actor: Actor; id: string }): Promise<void> {
  assertCan(actor, "glossary:manage");
  await db.$transaction(async (tx) => {
    const term = await tx.glossaryTerm.findUnique({ where: { id }, select: { sourceTerm: true, targetTerm: true, forbidden: true } });
    if (!term) throw new AppError("NOT_FOUND", { entity: "glossaryTerm" });
    await tx.glossaryTerm.delete({ where: { id }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "glossary.term-deleted", entityType: "GlossaryTerm", entityId: id, data: term });
  });
}

const importInput = z.object({ format: z.enum(["csv", "tbx"]), content: z.string().min(1).max(2_000_000) });

/** Imports a CSV or TBX glossary: new terms are added, known source terms updated, all in one transaction. */
export async function importGlossary({ actor, input }: { actor: Actor; input: unknown }): Promise<{ added: number; updated: number }> {
  assertCan(actor, "glossary:manage");
  const { format, content } = parseInput(importInput, input);
  const parsed = format === "csv" ? parseGlossaryCsv(content) : parseTbx(content);
  if (!parsed.ok) throw new AppError("INVALID_INPUT", { field: "content", reason: parsed.code, ...(parsed.row ? { row: parsed.row } : {}) });
  return db.$transaction(async (tx) => {
    let added = 0;
    let updated = 0;
    for (const record of parsed.records) {
      const data = { targetTerm: record.targetTerm, forbidden: formatVariants(record.forbidden), note: record.note };
      const existing = await tx.glossaryTerm.findFirst({ where: { ...PAIR, sourceTerm: record.sourceTerm }, select: { id: true } });
      if (existing) {
        await tx.glossaryTerm.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } }, select: { id: true } });
        updated += 1;
      } else {
        await tx.glossaryTerm.create({ data: { ...PAIR, sourceTerm: record.sourceTerm, ...data, createdById: actor.id }, select: { id: true } });
        added += 1;
      }
    }
    await recordAudit(tx, { actorId: actor.id, action: "glossary.imported", entityType: "GlossaryTerm", entityId: format, data: { format, added, updated } });
    return { added, updated };
  });
}

export async function exportGlossary({ actor, format }: { actor: Actor; format: unknown }): Promise<{ body: string; contentType: string; filename: string }> {
  assertCan(actor, "document:view");
  const chosen = parseInput(z.object({ format: z.enum(["csv", "tbx"]) }), { format }).format;
  const records: GlossaryRecord[] = (await listGlossaryTerms({ actor })).map((t) => ({ sourceTerm: t.sourceTerm, targetTerm: t.targetTerm, forbidden: t.forbidden, note: t.note }));
  return chosen === "csv"
    ? { body: toGlossaryCsv(records), contentType: "text/csv; charset=utf-8", filename: "glossary-fr-en.csv" }
    : { body: toTbx(records), contentType: "application/x-tbx+xml; charset=utf-8", filename: "glossary-fr-en.tbx" };
}
