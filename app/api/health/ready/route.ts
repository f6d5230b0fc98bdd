import { handlePublicRoute } from "@/server/api/handle-route";
import { checkReadiness } from "@/server/services/operations/check-readiness";
import { checkReadinessContract } from "@/server/services/operations/check-readiness.schema";

export const GET = handlePublicRoute(checkReadinessContract, () => checkReadiness());
