import "server-only";
import { db } from "../../db";
import { recordAudit } from "../../audit";
import { parseInput } from "../../validation";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { createUserInput } from "./create-user.schema";
import { insertAccount, prepareAccount } from "./insert-account";
import type { CreatedAccountDto } from "./new-account.schema";

export async function createUser({ actor, input }: { actor: Actor; input: unknown }): Promise<CreatedAccountDto> {
  assertCan(actor, "users:manage");
  const account = await prepareAccount(parseInput(createUserInput, input));
  return db.$transaction(async (tx) => {
    const user = await insertAccount(tx, account);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.created",
      entityType: "User",
      entityId: user.id,
      data: { email: account.email, role: account.role },
    });
    return user;
  });
}
