import "server-only";
import { db } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../../audit";
import { parseInput } from "../../validation";
import { bootstrapAdminInput } from "./bootstrap-admin.schema";
import { insertAccount, prepareAccount } from "./insert-account";
import type { CreatedAccountDto } from "./new-account.schema";

/**
 * Creates the first administrator of an installation started without demo data. Refused once
 * an active administrator exists: from then on accounts are created by administrators.
 */
export async function bootstrapAdmin({ input }: { input: unknown }): Promise<CreatedAccountDto> {
  const account = await prepareAccount({ ...parseInput(bootstrapAdminInput, input), role: "ADMIN" });
  return db.$transaction(async (tx) => {
    // A service account with the administrator role does not count: it can never sign in.
    if ((await tx.user.count({ where: { role: "ADMIN", isActive: true, kind: "PERSON" } })) > 0) throw new AppError("FORBIDDEN", { reason: "admin-exists" });
    const user = await insertAccount(tx, account);
    await recordAudit(tx, { actorId: null, action: "user.created", entityType: "User", entityId: user.id, data: { email: account.email, role: "ADMIN", bootstrap: true } });
    return user;
  });
}
