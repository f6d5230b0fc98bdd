import "server-only";
import type { Tx } from "../../db";
import { enqueueWebhookEvent } from "./enqueue-webhook-event";

/**
 * Enqueues `document.ready` when every live, non-excluded paragraph of the translation is now
 * APPROVED. Called on the change's transaction by the review services, only after a change that
 * approved or excluded a paragraph that was not approved before (the translation was therefore
 * not ready before it, so the event fires once per transition, never on a no-op), and by the
 * creation of a translation (an import or a new language), which may arrive fully approved.
 */
export async function enqueueIfTranslationReady(tx: Tx, scope: { documentId: string; lang: string }): Promise<void> {
  const live = { documentId: scope.documentId, lang: scope.lang, removedInRevision: null };
  const open = await tx.segment.count({ where: { ...live, state: { notIn: ["APPROVED", "EXCLUDED"] } } });
  if (open > 0) return;
  const approved = await tx.segment.count({ where: { ...live, state: "APPROVED" } });
  if (approved === 0) return;
  await enqueueWebhookEvent(tx, "document.ready", { documentId: scope.documentId, lang: scope.lang, paragraphs: approved });
}
