import "server-only";
import { actingTokenId } from "./auth/acting-token";
import type { Tx } from "./db";

/** Audit actions. Each is written in the same transaction as the change it records. */
export type AuditAction =
  /** A document and its segments were created (import or seed). */
  | "document.created"
  /** A target language was added to an article (data.lang, data.segments, data.translated). */
  | "translation.added"
  /** An administrator changed the target languages an account may work on (data.from, data.to; empty: all). */
  | "user.languages-changed"
  /** An administrator created an account. */
  | "user.created"
  /** An administrator changed someone's role. */
  | "user.role-changed"
  /** An administrator deactivated an account: its sessions ended and it can no longer sign in. */
  | "user.deactivated"
  /** An administrator reactivated an account. */
  | "user.reactivated"
  /** An administrator made a one-time password-reset link for an account (data.expiresAt; never the token). */
  | "user.password-reset-issued"
  /** A person chose a new password through a reset link: every session of the account ended. */
  | "user.password-reset"
  /** A person changed their own password (current password given): their other sessions ended. */
  | "user.password-changed"
  /** A person chose the editor table's density (data.from, data.to). */
  | "user.density-changed"
  /** A user changed their interface language. */
  | "user.language-changed"
  /** A paragraph's English text was saved (data.reason: EDIT, REVIEW_EDIT, or MEMORY for a translation-memory match inserted). */
  | "segment.edited"
  /** A translator sent a paragraph for review. */
  | "segment.submitted"
  /** A reviewer approved a paragraph (data.batchId when part of a bulk approval). */
  | "segment.approved"
  /** A reviewer rejected a paragraph; the reason is also a comment. */
  | "segment.rejected"
  /** A paragraph was marked as page furniture, kept out of exports. */
  | "segment.excluded"
  /** An excluded paragraph was brought back into the article. */
  | "segment.included"
  /** A paragraph's kind was changed (data.fromKind, data.toKind). */
  | "segment.kind-changed"
  /** An earlier revision's text was restored. */
  | "segment.reverted"
  /**
   * A reviewer approved paragraphs in bulk, one event for the whole batch (data.batchId, data.lang,
   * data.count, data.paragraphs: their numbers from 1); its paragraphs have no event of their own.
   */
  | "segment.bulk-approved"
  /** A bulk action was undone for the paragraphs nobody changed since. */
  | "segment.batch-undone"
  /** A new version of the French was recorded (data.revision, data.isMinor and the counts of paragraphs). */
  | "document.source-updated"
  /** A document was published as a new immutable version (data.version, data.override). */
  | "document.published"
  /** A translation's assignment changed (data.lang, data.from, data.to: translatorId, reviewerId, publisherId, dueAt, priority). Decision 023. */
  | "assignment.changed"
  /** An article's embargo or confidentiality changed (data.from, data.to: publishNotBefore, confidential). Decision 023. */
  | "document.desk-changed"
  /** A glossary term was added, changed or deleted (data: the term as it is after, or was). */
  | "glossary.term-created"
  | "glossary.term-updated"
  | "glossary.term-deleted"
  /** A CSV or TBX glossary was imported (data.added, data.updated). */
  | "glossary.imported"
  /** A TMX file was imported into the translation memory (data.lang, data.added, data.duplicates, data.skipped). */
  | "memory.imported"
  /** A quality finding was dismissed with a reason (data.checkId, data.reason). */
  | "finding.dismissed"
  /** A comment or reply was posted on a paragraph. */
  | "comment.added"
  /** A comment thread was marked resolved. */
  | "comment.resolved"
  /** A resolved comment thread was reopened. */
  | "comment.reopened"
  /**
   * A sign-in with an email and password failed (entityType "SignIn", entityId: the email as
   * typed, trimmed and lowercased, whether or not such an account exists; no actor;
   * data.address when TRUST_PROXY is "true"). Decision 012.
   */
  | "auth.sign-in-failed"
  /**
   * A failure used up a sign-in limit: further attempts are refused with 429 until the window
   * ends (data.limitedBy: "account" or "address", data.retryAfterSeconds). Written once when the
   * limit is reached, not for every refused attempt, so a flood cannot fill the table.
   */
  | "auth.sign-in-limited"
  /**
   * An API token was created (entityType "ApiToken"; data.userId: the account it acts as,
   * data.kind "personal" or "service", data.name, data.prefix, data.expiresAt, data.viaTokenId
   * when created through another token; never the token or its hash). Decision 016.
   */
  | "token.created"
  /** An API token was revoked by its owner or an administrator (data.userId, data.name, data.prefix, data.viaTokenId). */
  | "token.revoked"
  /** A reviewer typed (MQM) a correction they had saved (data.category, data.severity). Decision 024. */
  | "segment.error-typed"
  /** An administrator changed the quality threshold (data.from, data.to: maxPenaltyPer1000Words and isBlocking). Decision 024. */
  | "quality.settings-changed"
  /** An administrator registered a webhook endpoint (data.url, data.events; never the secret). */
  | "webhook.created"
  /** An endpoint's URL, events or active flag changed (data.from, data.to). */
  | "webhook.updated"
  /** An endpoint was deleted with its delivery log (data.url). */
  | "webhook.deleted"
  /** An endpoint's signing secret was replaced; the old one still signs until data.graceUntil. */
  | "webhook.secret-rotated"
  /** An administrator asked for a delivery to be sent again (data.deliveryId, data.eventId). */
  | "webhook.redelivered"
  /**
   * Deliveries kept failing and the endpoint was switched off (no actor; data.reason
   * "consecutive-failures" or "retries-exhausted", data.failures). Administrators see a notice.
   */
  | "webhook.disabled";

export type AuditEntry = {
  actorId: string | null;
  action: AuditAction;
  entityType: "Document" | "Translation" | "Segment" | "User" | "Comment" | "GlossaryTerm" | "SignIn" | "ApiToken" | "Webhook" | "MemoryUnit" | "QualitySetting";
  entityId: string;
  documentId?: string;
  data?: Record<string, unknown>;
};

/**
 * Writes one audit event in the caller's transaction. An event written while an API request
 * acts through a token also names it (`data.viaTokenId`), whatever the action.
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  const viaTokenId = actingTokenId();
  // createMany: nothing is read back (create would return the row).
  await tx.auditEvent.createMany({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      documentId: entry.documentId ?? null,
      data: JSON.stringify({ ...(viaTokenId ? { viaTokenId } : {}), ...entry.data }),
    },
  });
}
