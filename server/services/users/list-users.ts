import "server-only";
import { parseLanguageList } from "@/domain/languages/language-tag";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import type { UserDto } from "./list-users.schema";

export async function listUsers({ actor }: { actor: Actor }): Promise<UserDto[]> {
  assertCan(actor, "users:manage");
  const users = await db.user.findMany({
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, uiLanguage: true, targetLangs: true, isActive: true, kind: true, version: true, createdAt: true, lastSignInAt: true },
  });
  return users.map((user) => ({ ...user, targetLangs: parseLanguageList(user.targetLangs), createdAt: user.createdAt.toISOString(), lastSignInAt: user.lastSignInAt?.toISOString() ?? null }));
}
