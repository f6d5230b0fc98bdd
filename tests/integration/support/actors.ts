import { randomUUID } from "node:crypto";
import type { Role } from "@/domain/users/roles";
import { db } from "@/server/db";
import { hashPassword } from "@/server/auth/password";
import type { Actor } from "@/server/auth/permissions";

export const TEST_PASSWORD = "correct horse battery";

/** Creates a real account in this file's database and returns it as an actor. */
export async function createActor(role: Role, overrides: { email?: string; isActive?: boolean } = {}): Promise<Actor> {
  const email = overrides.email ?? `${role.toLowerCase()}-${randomUUID()}@example.com`;
  const user = await db.user.create({
    data: {
      email,
      name: `${role} ${email.slice(0, 8)}`,
      role,
      passwordHash: await hashPassword(TEST_PASSWORD),
      isActive: overrides.isActive ?? true,
    },
    select: { id: true, email: true, name: true, role: true, uiLanguage: true },
  });
  return { ...user, role };
}

/** Every row count that a refused action must leave unchanged. */
export async function countRows() {
  const [users, documents, segments, revisions, auditEvents] = await Promise.all([
    db.user.count(),
    db.document.count(),
    db.segment.count(),
    db.revision.count(),
    db.auditEvent.count(),
  ]);
  return { users, documents, segments, revisions, auditEvents };
}
