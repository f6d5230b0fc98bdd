import "server-only";
import type { Tx } from "../../db";
import { AppError } from "../../errors";
import { hashPassword } from "../../auth/password";
import type { CreatedAccountDto, NewAccount } from "./new-account.schema";

/** Hashes the password before any transaction opens: Argon2id is slow on purpose and must not hold a write lock. */
export async function prepareAccount({ password, ...fields }: NewAccount) {
  return { ...fields, passwordHash: await hashPassword(password) };
}

/** Writes a prepared account inside the caller's transaction; an email already taken is ALREADY_EXISTS. */
export async function insertAccount(tx: Tx, account: Awaited<ReturnType<typeof prepareAccount>>): Promise<CreatedAccountDto> {
  if (await tx.user.findUnique({ where: { email: account.email }, select: { id: true } })) throw new AppError("ALREADY_EXISTS", { field: "email" });
  return tx.user.create({ data: account, select: { id: true } });
}
