import { readFileSync } from "node:fs";
import path from "node:path";
import { proposeImport } from "@/domain/import/propose-import";
import type { ProposedRow } from "@/domain/alignment/proposal";

const root = path.resolve(import.meta.dirname, "../../..");

/** The demo article's French and English paragraphs, paired and classified as an import does. */
export function seedArticlePairs(): ProposedRow[] {
  const side = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(path.join(root, "prisma/seed", name))) });
  const result = proposeImport({ source: side("article.fr.txt"), target: side("article.en.txt") });
  if (!result.ok) throw new Error(result.reason);
  return result.proposal.rows;
}
