import "server-only";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { findGlossaryLanguages, findGlossaryTerms } from "./glossary-term-dto";
import { glossaryLangQuery, type GlossaryTermDto } from "./glossary-term-dto.schema";

/** Everyone who reads documents reads the glossary: the quality checks use it. */
export async function listGlossaryTerms({ actor, lang }: { actor: Actor; lang?: unknown }): Promise<GlossaryTermDto[]> {
  assertCan(actor, "document:view");
  const { lang: targetLang } = parseInput(glossaryLangQuery, { lang });
  return findGlossaryTerms(db, targetLang);
}

/** The target languages the glossary screen may filter by: those with terms, and those of articles. */
export async function listGlossaryLanguages({ actor }: { actor: Actor }): Promise<string[]> {
  assertCan(actor, "document:view");
  return findGlossaryLanguages(db);
}
