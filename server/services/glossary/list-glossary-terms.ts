import "server-only";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { findGlossaryTerms } from "./glossary-term-dto";
import type { GlossaryTermDto } from "./glossary-term-dto.schema";

/** Everyone who reads documents reads the glossary: the quality checks use it. */
export async function listGlossaryTerms({ actor }: { actor: Actor }): Promise<GlossaryTermDto[]> {
  assertCan(actor, "document:view");
  return findGlossaryTerms(db);
}
