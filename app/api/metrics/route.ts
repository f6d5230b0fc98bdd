import { handlePublicRoute } from "@/server/api/handle-route";
import { currentRequestContext } from "@/server/observability/request-context.js";
import { exportMetrics } from "@/server/services/operations/export-metrics";
import { exportMetricsContract, METRICS_CONTENT_TYPE } from "@/server/services/operations/export-metrics.schema";

export const GET = handlePublicRoute(exportMetricsContract, async ({ actor, request }) => {
  const isForwarded = request.headers.has("x-forwarded-for") || request.headers.has("forwarded");
  const text = await exportMetrics({ actor, remoteAddress: currentRequestContext()?.remoteAddress, isForwarded });
  return new Response(text, { headers: { "content-type": METRICS_CONTENT_TYPE, "cache-control": "no-store" } });
});
