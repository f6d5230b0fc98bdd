import "server-only";
import { toGlossaryCsv, toTbx, type GlossaryRecord } from "@/domain/qa/glossary-files";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { findGlossaryTerms } from "./glossary-term-dto";
import { exportGlossaryInput, GLOSSARY_CONTENT_TYPES } from "./export-glossary.schema";

/** The glossary as a file, for the route to send as a download. */
export type GlossaryFile = { body: string; contentType: string; filename: string };

export async function exportGlossary({ actor, format, lang }: { actor: Actor; format: unknown; lang?: unknown }): Promise<GlossaryFile> {
  assertCan(actor, "document:view");
  const { format: chosen, lang: targetLang } = parseInput(exportGlossaryInput, { format, lang });
  const records: GlossaryRecord[] = (await findGlossaryTerms(db, targetLang)).map((t) => ({ sourceTerm: t.sourceTerm, targetTerm: t.targetTerm, forbidden: t.forbidden, note: t.note }));
  return {
    body: chosen === "csv" ? toGlossaryCsv(records) : toTbx(records, "fr", targetLang),
    contentType: `${GLOSSARY_CONTENT_TYPES[chosen]}; charset=utf-8`,
    filename: `glossary-fr-${targetLang}.${chosen}`,
  };
}
