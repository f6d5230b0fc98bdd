import { defineContract } from "../../api/contract";

/** Prometheus text exposition format 0.0.4. */
export const METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

export const exportMetricsContract = defineContract({
  operationId: "exportMetrics",
  tag: "operations",
  method: "GET",
  path: "/api/metrics",
  summary:
    "This instance's metrics in the Prometheus text format: requests by route and status with durations, saves, conflicts, approvals, publications, live-update streams, webhook outbox, database pool. Served to the addresses in METRICS_ALLOWED_ADDRESSES (loopback by default) or to an administrator; anyone else gets 403 METRICS_FORBIDDEN.",
  access: "public",
  produces: { kind: "text", contentType: METRICS_CONTENT_TYPE },
});
