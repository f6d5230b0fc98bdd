import { z } from "zod";
import { ROLES } from "@/domain/users/roles";

export const updateUserRoleInput = z.object({
  userId: z.string().min(1).max(64),
  role: z.enum(ROLES),
  /** The version the administrator saw; a stale one is a CONFLICT, not a silent overwrite. */
  version: z.coerce.number().int().positive(),
});

export type UpdateUserRoleInput = z.input<typeof updateUserRoleInput>;

/** The account's version after the change, for the next one. */
export const userVersionSchema = z.object({ version: z.number().int() });

export type UserVersionDto = z.infer<typeof userVersionSchema>;
