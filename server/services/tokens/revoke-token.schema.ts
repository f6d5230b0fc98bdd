import { z } from "zod";
import { defineContract, idParams } from "../../api/contract";

export const revokeTokenInput = z.object({ tokenId: z.string().min(1).max(64) });

export type RevokeTokenInput = z.input<typeof revokeTokenInput>;

export const revokeTokenContract = defineContract({
  operationId: "revokeToken",
  tag: "tokens",
  method: "DELETE",
  path: "/api/tokens/{id}",
  summary: "Revokes an API token (its owner, or an administrator): it fails from the next request on. Revoking a revoked token changes nothing.",
  access: "signed-in",
  params: idParams,
  status: 204,
  produces: { kind: "empty" },
});
