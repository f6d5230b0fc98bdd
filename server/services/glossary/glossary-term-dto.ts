import "server-only";
import { parseVariants } from "@/domain/qa/glossary-variants";
import { DEFAULT_TARGET_LANG } from "@/domain/languages/language-tag";
import type { Db, Tx } from "../../db";
import { AppError } from "../../errors";
import type { GlossaryTermDto } from "./glossary-term-dto.schema";

/** A glossary serves one language pair: the articles' French to one target language. */
export function glossaryPair(targetLang: string = DEFAULT_TARGET_LANG) {
  return { sourceLang: "fr", targetLang };
}

/** The columns a GlossaryTermDto is built from (the schema is in glossary-term-dto.schema.ts, for the browser). */
export const glossaryTermSelect = { id: true, targetLang: true, sourceTerm: true, targetTerm: true, forbidden: true, caseSensitive: true, note: true, version: true } as const;

export function toGlossaryTermDto(row: { id: string; targetLang: string; sourceTerm: string; targetTerm: string; forbidden: string; caseSensitive: boolean; note: string; version: number }): GlossaryTermDto {
  return { ...row, forbidden: parseVariants(row.forbidden) };
}

/** Every term of one pair's glossary, by source term. */
export async function findGlossaryTerms(client: Db, targetLang: string): Promise<GlossaryTermDto[]> {
  return (await client.glossaryTerm.findMany({ where: glossaryPair(targetLang), orderBy: { sourceTerm: "asc" }, select: glossaryTermSelect })).map(toGlossaryTermDto);
}

/** A source term appears once in a pair's glossary: the quality check would not know which translation to expect. */
export async function assertUniqueSourceTerm(client: Db | Tx, targetLang: string, sourceTerm: string, exceptId?: string) {
  const existing = await client.glossaryTerm.findFirst({ where: { ...glossaryPair(targetLang), sourceTerm }, select: { id: true } });
  if (existing && existing.id !== exceptId) throw new AppError("ALREADY_EXISTS", { field: "sourceTerm" });
}

/**
 * The target languages the glossary screen offers: those of existing terms and those of the
 * articles. Two grouped queries, bounded by the number of languages, not of terms or articles.
 */
export async function findGlossaryLanguages(client: Db): Promise<string[]> {
  const [terms, translations] = await Promise.all([
    client.glossaryTerm.groupBy({ by: ["targetLang"], where: { sourceLang: "fr" } }),
    client.translation.groupBy({ by: ["lang"] }),
  ]);
  const langs = new Set([DEFAULT_TARGET_LANG, ...terms.map((row) => row.targetLang), ...translations.map((row) => row.lang)]);
  return [...langs].sort((a, b) => (a === DEFAULT_TARGET_LANG ? -1 : b === DEFAULT_TARGET_LANG ? 1 : a.localeCompare(b)));
}
