import "server-only";
import { isLanguageAllowed } from "@/domain/languages/language-tag";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { listTranslationSummaries } from "./list-translation-summaries";
import type { TranslationSummaryDto } from "./translation-summary.schema";
import { assertMaySeeDocument } from "../desk/visibility";

/** The languages of an article the actor may work on, with their progress. */
export async function listTranslations({ actor, documentId }: { actor: Actor; documentId: string }): Promise<TranslationSummaryDto[]> {
  assertCan(actor, "document:view");
  await assertMaySeeDocument(db, actor, documentId);
  const summaries = (await listTranslationSummaries(db, [documentId])).get(documentId) ?? [];
  return summaries.filter((summary) => isLanguageAllowed(actor.targetLangs, summary.lang));
}
