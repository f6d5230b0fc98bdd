import { z } from "zod";
import { ACCOUNT_KINDS } from "@/domain/users/account-kinds";
import { ROLES } from "@/domain/users/roles";
import { defineContract } from "../../api/contract";

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  uiLanguage: z.string(),
  isActive: z.boolean(),
  /** PERSON signs in with a password; SERVICE has none and acts only through API tokens. */
  kind: z.enum(ACCOUNT_KINDS),
  /** The target languages the account may work on (BCP 47 tags); empty: every language. */
  targetLangs: z.array(z.string()),
  /** The version an administrator's role change must name (optimistic locking). */
  version: z.number().int(),
  /** ISO 8601. */
  createdAt: z.string(),
  /** ISO 8601; null when the account never signed in (service accounts never do). */
  lastSignInAt: z.string().nullable(),
});

export const userListSchema = z.array(userSchema);

export type UserDto = z.infer<typeof userSchema>;

export const listUsersContract = defineContract({
  operationId: "listUsers",
  tag: "users",
  method: "GET",
  path: "/api/users",
  summary: "Every account, by name, with its role, interface language and version.",
  access: "users:manage",
  response: userListSchema,
});
