import { handleRoute } from "@/server/api/handle-route";
import { revokeToken } from "@/server/services/tokens/revoke-token";
import { revokeTokenContract } from "@/server/services/tokens/revoke-token.schema";

export const DELETE = handleRoute(revokeTokenContract, ({ actor, params }) => revokeToken({ actor, input: { tokenId: params.id } }));
