import { z } from "zod";
import { newAccountInput } from "./new-account.schema";

/** How long a password-reset link works after an administrator makes it. */
export const PASSWORD_RESET_TTL_MINUTES = 24 * 60;

export const issuePasswordResetInput = z.object({
  userId: z.string().min(1).max(64),
});

/** The link's token, shown once to the administrator; only its sha256 is stored. */
export type IssuedPasswordResetDto = { token: string; expiresAt: string };

export const resetPasswordInput = z.object({
  /** base64url of 32 random bytes: 43 characters. */
  token: z.string().min(20).max(100),
  password: newAccountInput.shape.password,
});

export const changeOwnPasswordInput = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: newAccountInput.shape.password,
});
