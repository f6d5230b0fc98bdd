import "server-only";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { findApprovableSegments } from "./approvable-segments";
import type { BulkApprovalPreviewDto } from "./preview-bulk-approval.schema";

/** What "approve all" would approve, for the confirmation the reviewer sees first. */
export async function previewBulkApproval({ actor, documentId }: { actor: Actor; documentId: string }): Promise<BulkApprovalPreviewDto> {
  assertCan(actor, "segment:approve");
  return { segments: await findApprovableSegments(db, documentId) };
}
