import { beforeEach, describe, expect, it } from "vitest";
import { adjustGauge, incrementCounter, observeHistogram, renderMetrics, resetMetrics } from "./metrics.js";

describe("the Prometheus text format", () => {
  beforeEach(() => resetMetrics());

  it("writes HELP and TYPE once per metric and one line per labelled series", () => {
    incrementCounter("vav_http_requests_total", "Requests.", { route: "/api/segments/{id}", method: "PUT", status: "200" });
    incrementCounter("vav_http_requests_total", "Requests.", { route: "/api/segments/{id}", method: "PUT", status: "200" });
    incrementCounter("vav_http_requests_total", "Requests.", { route: "/api/segments/{id}", method: "PUT", status: "503" });
    adjustGauge("vav_live_update_connections", "Streams.", 1);
    adjustGauge("vav_live_update_connections", "Streams.", 1);
    adjustGauge("vav_live_update_connections", "Streams.", -1);
    expect(renderMetrics()).toBe(
      [
        "# HELP vav_http_requests_total Requests.",
        "# TYPE vav_http_requests_total counter",
        'vav_http_requests_total{route="/api/segments/{id}",method="PUT",status="200"} 2',
        'vav_http_requests_total{route="/api/segments/{id}",method="PUT",status="503"} 1',
        "# HELP vav_live_update_connections Streams.",
        "# TYPE vav_live_update_connections gauge",
        "vav_live_update_connections 1",
        "",
      ].join("\n"),
    );
  });

  it("keeps histogram buckets cumulative, with +Inf, sum and count", () => {
    for (const seconds of [0.003, 0.02, 0.02, 7, 60]) observeHistogram("vav_http_request_duration_seconds", "Durations.", seconds, { route: "/api/health", method: "GET" });
    const text = renderMetrics();
    const bucket = (le: string) => Number(new RegExp(`le="${le.replace("+", "\\+")}"} (\\d+)`).exec(text)?.[1]);
    expect([bucket("0.005"), bucket("0.025"), bucket("5"), bucket("10"), bucket("+Inf")]).toEqual([1, 3, 3, 4, 5]);
    expect(text).toContain('vav_http_request_duration_seconds_count{route="/api/health",method="GET"} 5');
    expect(text).toContain('vav_http_request_duration_seconds_sum{route="/api/health",method="GET"} 67.043');
  });

  it("escapes label values", () => {
    incrementCounter("vav_test_total", "Test.", { route: 'a"b\\c\nd' });
    expect(renderMetrics()).toContain('vav_test_total{route="a\\"b\\\\c\\nd"} 1');
  });
});
