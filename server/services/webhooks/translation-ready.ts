import "server-only";
import type { Tx } from "../../db";
import { enqueueWebhookEvent } from "./enqueue-webhook-event";

/**
 * Enqueues `document.ready` when every live, non-excluded paragraph of the translation is now
 * APPROVED. Called by the review services, on their transaction, only after a change that
 * approved or excluded a paragraph that was not approved before: the translation was therefore
 * not ready before it, so the event fires once per transition, never on a no-op.
 */
export async function enqueueIfTranslationReady(tx: Tx, scope: { documentId: string; lang: string }): Promise<void> {
  const live = { documentId: scope.documentId, lang: scope.lang, removedInRevision: null };
  const open = await tx.segment.count({ where: { ...live, state: { notIn: ["APPROVED", "EXCLUDED"] } } });
  if (open > 0) return;
  const approved = await tx.segment.count({ where: { ...live, state: "APPROVED" } });
  if (approved === 0) return;
  await enqueueWebhookEvent(tx, "document.ready", { documentId: scope.documentId, lang: scope.lang, paragraphs: approved });
}
