import "server-only";
import { exportPublication } from "@/domain/exporters/export-publication";
import type { ExportOutput } from "@/domain/exporters/types";
import { db } from "../../db";
import { AppError } from "../../errors";
import { DEFAULT_TARGET_LANG } from "@/domain/languages/language-tag";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { loadCurrentContent } from "./load-current-content";
import { parseInput } from "../../validation";
import { exportDocumentInput } from "./export-document.schema";
import { getPublicationContent } from "./publication-content";
import { findTranslation } from "../translations/find-translation";
import { getTranslator } from "../../i18n";
import { DEFAULT_UI_LANGUAGE, isUiLanguage } from "@/domain/users/roles";
import { findTranslationQuality } from "../quality/translation-quality";
import { findPublicationQuality } from "../quality/publication-quality";

export type ExportedFile = ExportOutput & { filename: string };

function slug(title: string): string {
  const base = title
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return base || "document";
}

/**
 * Exports a publication (or, for those who work on the text, a draft of the current state)
 * in one format. Publications are read back exactly as they were frozen.
 */
export async function exportDocument({ actor, input }: { actor: Actor; input: unknown }): Promise<ExportedFile> {
  assertCan(actor, "document:view");
  const { documentId, format, version, draft, lang } = parseInput(exportDocumentInput, input);
  const scope = await findTranslation(db, actor, documentId, lang);
  // English keeps the file names it always had; another language says which it is.
  const suffix = scope.lang === DEFAULT_TARGET_LANG ? "" : `-${scope.lang}`;
  if (draft) {
    assertCan(actor, "document:export-draft");
    const { title, content } = await loadCurrentContent(db, scope);
    const { quality: current } = await findTranslationQuality(db, scope, content.sourceLang);
    const { words, errorCount, penaltyPoints, penaltyPer1000Words, score, maxPenaltyPer1000Words, isPassing } = current;
    const quality = { words, errorCount, penaltyPoints, penaltyPer1000Words, score, maxPenaltyPer1000Words, isPassing };
    // A draft is read inside the newsroom: its notice is in the reader's interface language.
    const t = await getTranslator(isUiLanguage(actor.uiLanguage) ? actor.uiLanguage : DEFAULT_UI_LANGUAGE, "publishing");
    const output = await exportPublication(format, {
      documentId,
      content,
      version: null,
      isDraft: true,
      draftNotice: t("draft.notice"),
      createdAt: new Date().toISOString(),
      quality,
    });
    return { ...output, filename: `${slug(title)}${suffix}-draft.${format === "xliff20" ? "xliff2.xlf" : output.extension}` };
  }
  const number =
    version ?? (await db.publication.findFirst({ where: { documentId, lang: scope.lang }, orderBy: { number: "desc" }, select: { number: true } }))?.number;
  if (number === undefined) throw new AppError("NOT_FOUND", { entity: "publication" });
  const publication = await getPublicationContent(scope, number);
  const quality = await findPublicationQuality(db, scope, number);
  const output = await exportPublication(format, {
    documentId,
    content: publication.content,
    version: publication.number,
    isDraft: false,
    createdAt: publication.createdAt,
    ...(quality ? { quality } : {}),
  });
  return { ...output, filename: `${slug(scope.title)}${suffix}-v${publication.number}.${format === "xliff20" ? "xliff2.xlf" : output.extension}` };
}
