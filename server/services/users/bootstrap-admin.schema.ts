import { newAccountInput } from "./new-account.schema";

/** The first administrator: a new account whose role is not the caller's to choose. */
export const bootstrapAdminInput = newAccountInput.omit({ role: true });
