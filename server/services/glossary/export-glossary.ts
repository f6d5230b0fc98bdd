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

export async function exportGlossary({ actor, format }: { actor: Actor; format: unknown }): Promise<GlossaryFile> {
  assertCan(actor, "document:view");
  const chosen = parseInput(exportGlossaryInput, { format }).format;
  const records: GlossaryRecord[] = (await findGlossaryTerms(db)).map((t) => ({ sourceTerm: t.sourceTerm, targetTerm: t.targetTerm, forbidden: t.forbidden, note: t.note }));
  return {
    body: chosen === "csv" ? toGlossaryCsv(records) : toTbx(records),
    contentType: `${GLOSSARY_CONTENT_TYPES[chosen]}; charset=utf-8`,
    filename: `glossary-fr-en.${chosen}`,
  };
}
