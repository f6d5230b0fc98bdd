import { z } from "zod";
import { ACCOUNT_KINDS } from "@/domain/users/account-kinds";
import { ROLES } from "@/domain/users/roles";

/** An API token as its owner and administrators see it: never the token itself, nor its hash. */
export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The token's first 12 characters ("vav_AbCd1234"), to tell tokens apart; not usable alone. */
  prefix: z.string(),
  /** ISO 8601, like the other dates. */
  createdAt: z.string(),
  /** Kept to the minute; null until first used. */
  lastUsedAt: z.string().nullable(),
  /** Null: the token does not expire. */
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  /** The account the token acts as: its owner (a person's own, or a service account). */
  owner: z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    kind: z.enum(ACCOUNT_KINDS),
    role: z.enum(ROLES),
    /** The target languages the account may work on (BCP 47); empty: every language. */
    targetLangs: z.array(z.string()),
  }),
});

export type ApiTokenDto = z.infer<typeof apiTokenSchema>;
