import "server-only";
import { isRole } from "@/domain/users/roles";
import { db } from "../db";
import type { Actor } from "./permissions";

/**
 * Loads the acting user behind a session. The role comes from the database, not from the
 * session token, so a role change or a deactivation takes effect on the next request.
 */
export async function findActor(userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, uiLanguage: true, isActive: true },
  });
  if (!user || !user.isActive || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, uiLanguage: user.uiLanguage };
}
