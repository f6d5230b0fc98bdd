import "server-only";
import type { Db, Tx } from "../../db";

/**
 * Leaves out the translation-memory units that come from a confidential article (decision 023):
 * the memory is shared by every article, so a confidential text must never come back as
 * somebody else's suggestion, concordance line or TMX unit. Units without an article (TMX
 * imports) stay. One query for the few articles the given units name.
 */
export async function withoutConfidentialUnits<Unit extends { documentId: string | null }>(client: Db | Tx, units: Unit[]): Promise<Unit[]> {
  const documentIds = [...new Set(units.flatMap((unit) => (unit.documentId ? [unit.documentId] : [])))];
  if (documentIds.length === 0) return units;
  const confidential = await client.document.findMany({ where: { id: { in: documentIds }, confidential: true }, select: { id: true } });
  if (confidential.length === 0) return units;
  const hidden = new Set(confidential.map((document) => document.id));
  return units.filter((unit) => unit.documentId === null || !hidden.has(unit.documentId));
}
