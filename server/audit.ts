import "server-only";
import type { Tx } from "./db";

/** Audit actions. Each is written in the same transaction as the change it records. */
export type AuditAction =
  /** A document and its segments were created (import or seed). */
  | "document.created"
  /** An administrator created an account. */
  | "user.created"
  /** An administrator changed someone's role. */
  | "user.role-changed"
  /** A user changed their interface language. */
  | "user.language-changed";

export type AuditEntry = {
  actorId: string | null;
  action: AuditAction;
  entityType: "Document" | "Segment" | "User";
  entityId: string;
  documentId?: string;
  data?: Record<string, unknown>;
};

export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      documentId: entry.documentId ?? null,
      data: JSON.stringify(entry.data ?? {}),
    },
  });
}
