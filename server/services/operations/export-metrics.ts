import "server-only";
import { can, type Actor } from "../../auth/permissions";
import { databasePoolStats, db } from "../../db";
import { env } from "../../env";
import { AppError } from "../../errors";
import { setGauge, renderMetrics } from "../../observability/metrics.js";
import { READINESS_TIMEOUT_MS } from "./check-readiness";

/** An IPv4 client seen on a dual-stack socket looks like ::ffff:127.0.0.1: compare it as 127.0.0.1. */
function plainAddress(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");
}

/**
 * Whether the caller may read the metrics: an address in METRICS_ALLOWED_ADDRESSES (read from
 * the socket by scripts/server.js, never from a header a client could write), or an account
 * that manages users (an administrator, by session or, with API tokens, by token).
 */
export function mayReadMetrics(actor: Actor | null, remoteAddress: string | undefined, isForwarded = false): boolean {
  if (actor && can(actor, "users:manage")) return true;
  // A request a proxy forwarded arrives from the proxy's address (often loopback, on the same
  // machine): the address then says nothing about the client, so it grants nothing.
  if (!remoteAddress || isForwarded) return false;
  return env.METRICS_ALLOWED_ADDRESSES.includes(plainAddress(remoteAddress));
}

/** Figures read when scraped: the pool's use and the webhook outbox (shared by every instance). */
async function readScrapeTimeGauges(): Promise<void> {
  const pool = databasePoolStats();
  if (pool) {
    setGauge("vav_database_pool_connections", "PostgreSQL connections of this instance's pool, by state.", pool.size - pool.idle, { state: "in-use" });
    setGauge("vav_database_pool_connections", "PostgreSQL connections of this instance's pool, by state.", pool.idle, { state: "idle" });
    setGauge("vav_database_pool_waiting", "Queries waiting for a free PostgreSQL connection.", pool.waiting);
    setGauge("vav_database_pool_max", "The pool's size limit (DATABASE_POOL_SIZE).", pool.max);
  }
  try {
    // Only the deliveries still to send and those given up: both read through the (status, …)
    // index, never the delivered history, which grows with every event.
    const work = Promise.all([db.webhookDelivery.count({ where: { status: "PENDING" } }), db.webhookDelivery.count({ where: { status: "FAILED" } })]);
    const [pending, failed] = await Promise.race([
      work,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), READINESS_TIMEOUT_MS).unref()),
    ]);
    setGauge("vav_webhook_deliveries", "Webhook deliveries in the outbox, by status: PENDING is the depth still to send, FAILED those given up.", pending, { status: "PENDING" });
    setGauge("vav_webhook_deliveries", "Webhook deliveries in the outbox, by status: PENDING is the depth still to send, FAILED those given up.", failed, { status: "FAILED" });
    setGauge("vav_database_up", "1 when the database answered this scrape, 0 when it did not.", 1);
  } catch {
    // The metrics stay readable during an outage: that is when they are needed.
    setGauge("vav_database_up", "1 when the database answered this scrape, 0 when it did not.", 0);
  }
}

/** The metrics as Prometheus text, for a caller allowed to read them. */
export async function exportMetrics({ actor, remoteAddress, isForwarded = false }: { actor: Actor | null; remoteAddress: string | undefined; isForwarded?: boolean }): Promise<string> {
  if (!mayReadMetrics(actor, remoteAddress, isForwarded)) throw new AppError("METRICS_FORBIDDEN");
  await readScrapeTimeGauges();
  return renderMetrics();
}
