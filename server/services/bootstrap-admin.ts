import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { recordAudit } from "../audit";
import { hashPassword } from "../auth/password";
import { createUserInput } from "./create-user";
import { parseInput } from "../validation";

/**
 * Creates the first administrator of an installation started without demo data. Refused once
 * an active administrator exists: from then on accounts are created by administrators.
 */
export async function bootstrapAdmin({ input }: { input: unknown }): Promise<{ id: string }> {
  const { password, ...fields } = parseInput(createUserInput, { ...(typeof input === "object" && input ? input : {}), role: "ADMIN" });
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    if ((await tx.user.count({ where: { role: "ADMIN", isActive: true } })) > 0) throw new AppError("FORBIDDEN", { reason: "admin-exists" });
    if (await tx.user.findUnique({ where: { email: fields.email }, select: { id: true } })) throw new AppError("ALREADY_EXISTS", { field: "email" });
    const user = await tx.user.create({ data: { ...fields, passwordHash }, select: { id: true } });
    await recordAudit(tx, { actorId: null, action: "user.created", entityType: "User", entityId: user.id, data: { email: fields.email, role: "ADMIN", bootstrap: true } });
    return user;
  });
}
