import "server-only";
import { TMX_MAX_UNITS } from "@/domain/memory/limits";
import { writeMemoryTmx, type MemoryTmxUnit } from "@/domain/memory/tmx";
import { db } from "../../db";
import { AppError } from "../../errors";
import { assertCan, assertCanWorkOn } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { z } from "zod";
import { targetLanguageInput } from "../../api/contract";
import { withoutConfidentialUnits } from "../desk/memory-filter";

const SOURCE_LANG = "fr";
const PAGE = 5000;
const exportMemoryTmxInput = z.object({ lang: targetLanguageInput.default("en") });

/**
 * The memory of one language pair as a TMX 1.4 file: its paragraph units (sentences are inside
 * them) and TMX units, approved first. Read by id pages so that no query loads the whole memory
 * at once; refused above TMX_MAX_UNITS units.
 */
export async function exportMemoryTmx({ actor, input }: { actor: Actor; input: unknown }): Promise<{ content: string; units: number }> {
  assertCan(actor, "document:view");
  const { lang } = parseInput(exportMemoryTmxInput, input);
  assertCanWorkOn(actor, lang);
  const where = { sourceLang: SOURCE_LANG, targetLang: lang, sentence: 0 };
  const count = await db.memoryUnit.count({ where });
  if (count > TMX_MAX_UNITS) throw new AppError("INVALID_INPUT", { field: "lang", reason: "too-many", limit: TMX_MAX_UNITS });
  const units: MemoryTmxUnit[] = [];
  for (let after = 0; ; ) {
    const page = await db.memoryUnit.findMany({
      where: { ...where, id: { gt: after } },
      orderBy: { id: "asc" },
      take: PAGE,
      select: { id: true, sourceText: true, targetText: true, authorName: true, approvedAt: true, origin: true, documentTitle: true, documentId: true },
    });
    for (const unit of await withoutConfidentialUnits(db, page)) units.push({ ...unit, approvedAt: unit.approvedAt.toISOString() });
    if (page.length < PAGE) break;
    after = page[page.length - 1].id;
  }
  return { content: writeMemoryTmx({ sourceLang: SOURCE_LANG, targetLang: lang, createdAt: new Date().toISOString(), units }), units: units.length };
}
