import "server-only";
import { adjustGauge, incrementCounter } from "./metrics.js";

// The product's own counters, next to the request metrics of request-log.js. Counted by this
// instance since it started (Prometheus sums the instances); called after the change committed.

/** A paragraph's text saved (the editor's save, with or without submitting it). */
export function countSave(): void {
  incrementCounter("vav_segment_saves_total", "Paragraph texts saved.");
}

/** A change refused because someone else changed the row first (409 CONFLICT). */
export function countConflict(): void {
  incrementCounter("vav_conflicts_total", "Changes refused because the row changed meanwhile (409 CONFLICT).");
}

/** Paragraphs approved, one by one (`how: "single"`) or in a bulk approval (`how: "bulk"`). */
export function countApprovals(count: number, how: "single" | "bulk"): void {
  if (count > 0) incrementCounter("vav_approvals_total", "Paragraphs approved, by how (single or bulk).", { how }, count);
}

/** A version of a translation published. */
export function countPublication(): void {
  incrementCounter("vav_publications_total", "Versions published.");
}

/** A live-updates stream opened (+1) or closed (-1). */
export function countLiveConnection(by: 1 | -1): void {
  adjustGauge("vav_live_update_connections", "Live-update streams (Server-Sent Events) open on this instance.", by);
}

/** A webhook delivery attempt that failed (this instance's worker; the retry is scheduled). */
export function countWebhookFailure(): void {
  incrementCounter("vav_webhook_delivery_failures_total", "Webhook delivery attempts that failed, by this instance's worker.");
}
