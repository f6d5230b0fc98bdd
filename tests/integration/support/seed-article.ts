import { readFileSync } from "node:fs";
import path from "node:path";
import { pairParagraphsByPosition, type ParagraphPair } from "@/domain/segmentation/pair-paragraphs";

const root = path.resolve(import.meta.dirname, "../../..");

/** The demo article's French and English paragraphs, paired as the seed pairs them. */
export function seedArticlePairs(): ParagraphPair[] {
  const read = (file: string) => readFileSync(path.join(root, "prisma/seed", file), "utf8");
  const result = pairParagraphsByPosition(read("article.fr.txt"), read("article.en.txt"));
  if (!result.ok) throw new Error(result.reason);
  return result.pairs;
}
