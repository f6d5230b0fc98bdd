import { z } from "zod";
import { defineContract } from "../../api/contract";
import { apiTokenSchema } from "./api-token-dto.schema";

/** The most tokens one answer lists, newest first; `total` says how many there are. */
export const MAX_LISTED_TOKENS = 500;

export const tokenListSchema = z.object({
  tokens: z.array(apiTokenSchema),
  /** How many tokens the caller may see in all, revoked and expired ones included. */
  total: z.number().int(),
});

export type TokenListDto = z.infer<typeof tokenListSchema>;

export const listTokensContract = defineContract({
  operationId: "listTokens",
  tag: "tokens",
  method: "GET",
  path: "/api/tokens",
  summary: `The caller's own API tokens; for administrators (right \`users:manage\`), every account's, each with its owner. Newest first, at most ${MAX_LISTED_TOKENS}; never the tokens themselves.`,
  access: "signed-in",
  response: tokenListSchema,
});
