import { handleRoute } from "@/server/api/handle-route";
import { createToken } from "@/server/services/tokens/create-token";
import { createTokenContract } from "@/server/services/tokens/create-token.schema";
import { listTokens } from "@/server/services/tokens/list-tokens";
import { listTokensContract } from "@/server/services/tokens/list-tokens.schema";

export const GET = handleRoute(listTokensContract, ({ actor }) => listTokens({ actor }));

export const POST = handleRoute(createTokenContract, ({ actor, body }) => createToken({ actor, input: body }));
