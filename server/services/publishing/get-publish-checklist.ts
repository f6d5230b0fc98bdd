import "server-only";
import { isPublishable } from "@/domain/publishing/publish-gate";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import { can, type Actor } from "../../auth/permissions";
import { findTranslation } from "../translations/find-translation";
import { findCurrentChecklist } from "./current-checklist";
import type { PublishChecklistDto } from "./get-publish-checklist.schema";
import { isQualityBlocking } from "../quality/translation-quality";

/** What stands between the document and publication, item by item, and the article publishing would freeze. */
export async function getPublishChecklist({ actor, documentId, lang }: { actor: Actor; documentId: string; lang?: string }): Promise<PublishChecklistDto> {
  assertCan(actor, "document:view");
  const scope = await findTranslation(db, actor, documentId, lang);
  const { items, content, quality } = await findCurrentChecklist(db, scope);
  return { items, preview: content.article, quality, isPublishable: isPublishable(items) && !isQualityBlocking(quality), canOverride: can(actor, "document:publish-override") };
}
