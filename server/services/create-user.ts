import "server-only";
import { z } from "zod";
import { ROLES, UI_LANGUAGES } from "@/domain/users/roles";
import { db } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit";
import { parseInput } from "../validation";
import { assertCan } from "../auth/assert-can";
import { hashPassword } from "../auth/password";
import type { Actor } from "../auth/permissions";

export const MIN_PASSWORD_LENGTH = 10;

export const createUserInput = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  name: z.string().trim().min(1).max(120),
  role: z.enum(ROLES),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(200),
  uiLanguage: z.enum(UI_LANGUAGES).default("en"),
});

export type CreateUserInput = z.input<typeof createUserInput>;

export async function createUser({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string }> {
  assertCan(actor, "users:manage");
  const { password, ...fields } = parseInput(createUserInput, input);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: fields.email }, select: { id: true } });
    if (existing) throw new AppError("ALREADY_EXISTS", { field: "email" });
    const user = await tx.user.create({ data: { ...fields, passwordHash }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.created",
      entityType: "User",
      entityId: user.id,
      data: { email: fields.email, role: fields.role },
    });
    return user;
  });
}
