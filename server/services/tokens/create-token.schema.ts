import { z } from "zod";
import { ROLES } from "@/domain/users/roles";
import { defineContract } from "../../api/contract";
import { languageListInput } from "../users/update-user-languages.schema";
import { apiTokenSchema } from "./api-token-dto.schema";

/** The longest token name. */
export const MAX_TOKEN_NAME_LENGTH = 100;
/** The longest lifetime a token may be given, in days (ten years); without one it never expires. */
export const MAX_TOKEN_LIFETIME_DAYS = 3650;
/** Usable (not revoked, not expired) tokens one account may hold at once: revoke one to make another. */
export const MAX_ACTIVE_TOKENS_PER_ACCOUNT = 50;

/** The service account a service token acts as: created when missing, its role and languages set when it exists. */
export const serviceAccountInput = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  /** The account's name when it is created; the token's name when omitted. */
  name: z.string().trim().min(1).max(120).optional(),
  role: z.enum(ROLES),
  /** The target languages it may work on (tags, as a list or space separated); omitted: unchanged (every language for a new account). */
  targetLangs: languageListInput.optional(),
});

export const createTokenInput = z.object({
  name: z.string().trim().min(1).max(MAX_TOKEN_NAME_LENGTH),
  /** Days until the token stops working; omitted: it does not expire. */
  expiresInDays: z.number().int().min(1).max(MAX_TOKEN_LIFETIME_DAYS).optional(),
  /** Administrators only: a service token for this service account instead of a personal token. */
  serviceAccount: serviceAccountInput.optional(),
});

export type CreateTokenInput = z.input<typeof createTokenInput>;

/** The new token: the only answer that ever holds it. */
export const createdApiTokenSchema = apiTokenSchema.extend({
  /** "vav_" and 43 characters: send it as `Authorization: Bearer <token>`. Shown once; only its hash is kept. */
  token: z.string(),
});

export type CreatedApiTokenDto = z.infer<typeof createdApiTokenSchema>;

export const createTokenContract = defineContract({
  operationId: "createToken",
  tag: "tokens",
  method: "POST",
  path: "/api/tokens",
  summary:
    "Creates an API token, answered once in `token` (only its hash is kept). Without `serviceAccount`: a personal token that acts as the caller, with their current role and languages. " +
    "With `serviceAccount` (administrators only, right `users:manage`): a service token for that service account, created when missing (it has no password and can never sign in) and given the role and languages named. " +
    `At most ${MAX_ACTIVE_TOKENS_PER_ACCOUNT} usable tokens per account.`,
  access: "signed-in",
  body: createTokenInput,
  response: createdApiTokenSchema,
  status: 201,
});
