import { z } from "zod";
import { ROLES, UI_LANGUAGES } from "@/domain/users/roles";

/** The shortest password an account may have: the form says it before the server refuses it. */
export const MIN_PASSWORD_LENGTH = 10;

/** What makes a new account, whoever creates it: an administrator, or the first-administrator command. */
export const newAccountInput = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  name: z.string().trim().min(1).max(120),
  role: z.enum(ROLES),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(200),
  uiLanguage: z.enum(UI_LANGUAGES).default("en"),
});

export type NewAccount = z.output<typeof newAccountInput>;

/** A new account, by its id. */
export const createdAccountSchema = z.object({ id: z.string() });

export type CreatedAccountDto = z.infer<typeof createdAccountSchema>;
