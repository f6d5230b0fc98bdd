import "server-only";
import { db } from "../../db";
import { can, type Actor } from "../../auth/permissions";
import { API_TOKEN_SELECT, toApiTokenDto } from "./api-token-dto";
import { MAX_LISTED_TOKENS, type TokenListDto } from "./list-tokens.schema";

/** The actor's own tokens; an administrator's list holds every account's. Never a token or its hash. */
export async function listTokens({ actor }: { actor: Actor }): Promise<TokenListDto> {
  const where = can(actor, "users:manage") ? {} : { userId: actor.id };
  const [rows, total] = await Promise.all([
    db.apiToken.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: MAX_LISTED_TOKENS, select: API_TOKEN_SELECT }),
    db.apiToken.count({ where }),
  ]);
  return { tokens: rows.map(toApiTokenDto), total };
}
