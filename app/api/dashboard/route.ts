import { handleRoute } from "@/server/api/handle-route";
import { getDashboard } from "@/server/services/dashboard/get-dashboard";
import { getDashboardContract } from "@/server/services/dashboard/get-dashboard.schema";

export const GET = handleRoute(getDashboardContract, ({ actor, query }) => getDashboard({ actor, input: query }));
