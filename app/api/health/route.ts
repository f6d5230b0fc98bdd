import { handlePublicRoute } from "@/server/api/handle-route";
import { checkHealthContract } from "@/server/services/operations/check-health.schema";

/** Liveness: answering at all is the whole check. */
export const GET = handlePublicRoute(checkHealthContract, async () => ({ status: "ok" as const }));
