import "server-only";
import { parseVariants } from "@/domain/qa/glossary-variants";
import type { Db, Tx } from "../../db";
import { AppError } from "../../errors";
import type { GlossaryTermDto } from "./glossary-term-dto.schema";

/** The one language pair the glossary serves for now. */
export const GLOSSARY_PAIR = { sourceLang: "fr", targetLang: "en" } as const;

/** The columns a GlossaryTermDto is built from (the schema is in glossary-term-dto.schema.ts, for the browser). */
export const glossaryTermSelect = { id: true, sourceTerm: true, targetTerm: true, forbidden: true, caseSensitive: true, note: true, version: true } as const;

export function toGlossaryTermDto(row: { id: string; sourceTerm: string; targetTerm: string; forbidden: string; caseSensitive: boolean; note: string; version: number }): GlossaryTermDto {
  return { ...row, forbidden: parseVariants(row.forbidden) };
}

/** Every term of the glossary, by source term. */
export async function findGlossaryTerms(client: Db): Promise<GlossaryTermDto[]> {
  return (await client.glossaryTerm.findMany({ where: GLOSSARY_PAIR, orderBy: { sourceTerm: "asc" }, select: glossaryTermSelect })).map(toGlossaryTermDto);
}

/** A source term appears once in the glossary: the quality check would not know which English to expect. */
export async function assertUniqueSourceTerm(client: Db | Tx, sourceTerm: string, exceptId?: string) {
  const existing = await client.glossaryTerm.findFirst({ where: { ...GLOSSARY_PAIR, sourceTerm }, select: { id: true } });
  if (existing && existing.id !== exceptId) throw new AppError("ALREADY_EXISTS", { field: "sourceTerm" });
}
