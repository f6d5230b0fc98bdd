import "server-only";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { findTranslation } from "../translations/find-translation";
import { findApprovableSegments } from "./approvable-segments";
import type { BulkApprovalPreviewDto } from "./preview-bulk-approval.schema";

/** What "approve all" would approve, for the confirmation the reviewer sees first. */
export async function previewBulkApproval({ actor, documentId, lang }: { actor: Actor; documentId: string; lang?: string }): Promise<BulkApprovalPreviewDto> {
  assertCan(actor, "segment:approve");
  const scope = await findTranslation(db, actor, documentId, lang);
  const candidates = await findApprovableSegments(db, scope);
  return {
    segments: candidates.map(({ id, version }) => ({ id, version })),
    withWarnings: candidates.filter((c) => c.warningCheckIds.length > 0).map(({ id, version, paragraph, warningCheckIds }) => ({ id, version, paragraph, checkIds: warningCheckIds })),
  };
}
