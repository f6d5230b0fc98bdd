import "server-only";
import { DEMO_USERS } from "@/prisma/seed/demo-users";
import type { Role } from "@/domain/users/roles";
import { db } from "../../db";

export type DemoAccountDto = { email: string; password: string; role: Role };

/**
 * The demo accounts the sign-in page may list (decision 022): only accounts the seed made with
 * their demo password (hasDemoPassword, cleared by any password change or reset), still active,
 * and only while demo data is on. Nothing is listed once demo data is off or a password changed.
 */
export async function listDemoAccounts({ isDemoDataOn }: { isDemoDataOn: boolean }): Promise<DemoAccountDto[]> {
  if (!isDemoDataOn) return [];
  const rows = await db.user.findMany({
    where: { hasDemoPassword: true, isActive: true, kind: "PERSON", email: { in: DEMO_USERS.map((user) => user.email) } },
    select: { email: true },
  });
  const present = new Set(rows.map((row) => row.email));
  return DEMO_USERS.filter((user) => present.has(user.email)).map((user) => ({ email: user.email, password: user.password, role: user.role }));
}
