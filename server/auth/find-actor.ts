import "server-only";
import { parseLanguageList } from "@/domain/languages/language-tag";
import { isRole } from "@/domain/users/roles";
import { db } from "../db";
import type { AccountKind } from "@/domain/users/account-kinds";
import type { Actor } from "./permissions";

/** An active account as an actor, whatever its sessions (the command line and tests act as accounts). */
export async function loadActor(userId: string): Promise<(Actor & { sessionVersion: number; kind: AccountKind }) | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, uiLanguage: true, isActive: true, sessionVersion: true, targetLangs: true, kind: true },
  });
  if (!user || !user.isActive || !isRole(user.role)) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    uiLanguage: user.uiLanguage,
    targetLangs: parseLanguageList(user.targetLangs),
    sessionVersion: user.sessionVersion,
    kind: user.kind,
  };
}

/**
 * Loads the acting user behind a session. The role comes from the database, not from the
 * session token, so a role change or a deactivation takes effect on the next request; a
 * session signed in before the account's session version last changed is over. A service
 * account never has a session (it cannot sign in), so none is accepted for it.
 */
export async function findActor(userId: string, sessionVersion: number): Promise<Actor | null> {
  const actor = await loadActor(userId);
  return actor && actor.sessionVersion === sessionVersion && actor.kind === "PERSON" ? actor : null;
}

/** Ends every session of an account (sign-out everywhere, a role or password change, deactivation). */
export async function endSessions(client: Pick<typeof db, "user">, userId: string): Promise<void> {
  await client.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { id: true } });
}
