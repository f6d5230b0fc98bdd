import "server-only";
import { countWebhookFailure } from "../../observability/app-metrics";
import { randomBytes } from "node:crypto";
import { retryDelayMs } from "@/domain/webhooks/retry-schedule";
import { db, type Tx } from "../../db";
import { recordAudit } from "../../audit";
import { sendWebhook, WEBHOOK_TIMEOUT_MS, type SendWebhook, type WebhookResponse } from "./send-webhook";
import { signWebhook } from "./sign-webhook";

/**
 * How long a claim holds a delivery: longer than an attempt can take, so a delivery is never
 * sent twice at once; after a crash, another worker takes it up once the claim has expired.
 */
export const WEBHOOK_CLAIM_MS = 6 * WEBHOOK_TIMEOUT_MS;
/** Deliveries one pass claims at most, and how many of them are in flight at once. */
export const WEBHOOK_BATCH_SIZE = 50;
export const WEBHOOK_CONCURRENCY = 10;
/**
 * Failed attempts in a row, across an endpoint's deliveries, after which it is switched off even
 * before a delivery exhausts its retries: a dead endpoint receiving many events.
 */
export const WEBHOOK_DISABLE_AFTER_FAILURES = 100;

export type DeliveryPass = { claimed: number; delivered: number; retrying: number; failed: number };

type Options = {
  workerId: string;
  /** The worker's clock: what is due, and when the next attempt comes. Tests move it. */
  now?: Date;
  send?: SendWebhook;
  limit?: number;
  disableAfterFailures?: number;
  /** True once the process is shutting down: no new send starts, unsent claims are given back. */
  shouldStop?: () => boolean;
};

const notLocked = (now: Date) => [{ lockedUntil: null }, { lockedUntil: { lt: now } }];

/**
 * One pass of the delivery worker: claims the due deliveries of active endpoints, sends them,
 * records each attempt, and marks them delivered or schedules the retry (retryDelayMs), giving
 * up after the last one. A claim is a compare-and-set on the row (an update that only matches
 * an unclaimed or expired claim): of two workers, in one process or two instances, exactly one
 * gets each delivery. Every retry carries the event's id as `webhook-id`, so receivers can drop
 * duplicates (delivery is at least once: a crash after sending and before recording resends).
 */
export async function deliverDueWebhooks({ workerId, now = new Date(), send = sendWebhook, limit = WEBHOOK_BATCH_SIZE, disableAfterFailures = WEBHOOK_DISABLE_AFTER_FAILURES, shouldStop = () => false }: Options): Promise<DeliveryPass> {
  const due = await db.webhookDelivery.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now }, OR: notLocked(now), webhook: { isActive: true } },
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
    select: { id: true },
  });
  const pass: DeliveryPass = { claimed: 0, delivered: 0, retrying: 0, failed: 0 };
  if (due.length === 0) return pass;
  // This pass's own claim mark, so the rows it took are exactly those carrying it.
  const claim = `${workerId}#${randomBytes(6).toString("hex")}`;
  // One compare-and-set for the batch: the condition is checked again on each row as it is
  // written (PostgreSQL re-evaluates it on a row another transaction has just claimed; SQLite
  // runs one writer at a time), so each row goes to exactly one worker.
  await db.webhookDelivery.updateMany({
    where: { id: { in: due.map((row) => row.id) }, status: "PENDING", OR: notLocked(now) },
    data: { lockedUntil: new Date(now.getTime() + WEBHOOK_CLAIM_MS), lockedBy: claim },
  });
  const claimed = await db.webhookDelivery.findMany({ where: { lockedBy: claim }, select: deliveryToSend });
  pass.claimed = claimed.length;
  const sent: Sent[] = [];
  let next = 0;
  const lane = async () => {
    while (next < claimed.length && !shouldStop()) {
      const delivery = claimed[next++];
      const started = Date.now();
      // The receiver checks the signature's timestamp against its own clock: sign with the real time.
      const headers = signWebhook(delivery.webhook, delivery.event.id, delivery.event.payload, new Date());
      const response = await send({ url: delivery.webhook.url, headers, body: delivery.event.payload });
      sent.push({ delivery, response, durationMs: Date.now() - started });
    }
  };
  await Promise.all(Array.from({ length: Math.min(WEBHOOK_CONCURRENCY, claimed.length) }, lane));
  // Stopping (a shutdown): the claims not sent are given back at once for any worker to take.
  const unsent = claimed.slice(next).map((delivery) => delivery.id);
  if (unsent.length > 0) await db.webhookDelivery.updateMany({ where: { id: { in: unsent }, lockedBy: claim }, data: { lockedUntil: null, lockedBy: null } });

  const isSuccess = ({ response }: Sent) => response.statusCode !== null && response.statusCode >= 200 && response.statusCode < 300;
  const successes = sent.filter(isSuccess);
  try {
    await recordSuccesses(successes, { claim, now });
    pass.delivered = successes.length;
  } catch {
    // One delivery can spoil the batch (its endpoint deleted meanwhile): record them one by one,
    // so the others are not sent again.
    for (const success of successes) {
      try {
        await recordSuccesses([success], { claim, now });
        pass.delivered += 1;
      } catch (error) {
        // The claim expires and any worker sends it again (at least once, same webhook-id).
        console.error(`webhook delivery ${success.delivery.id}: sent but not recorded`, error);
      }
    }
  }
  for (const failure of sent.filter((entry) => !isSuccess(entry))) {
    try {
      pass[await recordFailedAttempt(failure, { claim, now, disableAfterFailures })] += 1;
      countWebhookFailure();
    } catch (error) {
      // The endpoint was deleted meanwhile, or the database failed: the claim expires and any worker tries again.
      console.error(`webhook delivery ${failure.delivery.id}: failed attempt not recorded`, error);
    }
  }
  return pass;
}

const deliveryToSend = {
  id: true,
  attempts: true,
  event: { select: { id: true, payload: true } },
  webhook: { select: { id: true, url: true, secret: true, previousSecret: true, previousSecretExpiresAt: true } },
} as const;

type DeliveryToSend = {
  id: string;
  attempts: number;
  event: { id: string; payload: string };
  webhook: { id: string; url: string; secret: string; previousSecret: string | null; previousSecretExpiresAt: Date | null };
};

type Sent = { delivery: DeliveryToSend; response: WebhookResponse; durationMs: number };

/**
 * The pass's successful attempts in one batch: their log rows, their deliveries DELIVERED (only
 * while the claim is still ours), and their endpoints' failure counts reset. A few statements per
 * pass rather than a transaction per delivery: what lets one worker keep up with a newsroom.
 */
async function recordSuccesses(successes: Sent[], { claim, now }: { claim: string; now: Date }) {
  if (successes.length === 0) return;
  await db.$transaction([
    db.webhookAttempt.createMany({
      data: successes.map(({ delivery, response, durationMs }) => ({
        deliveryId: delivery.id,
        attemptedAt: now,
        statusCode: response.statusCode,
        succeeded: true,
        durationMs,
        responseExcerpt: response.excerpt,
      })),
    }),
    db.webhookDelivery.updateMany({
      where: { id: { in: successes.map(({ delivery }) => delivery.id) }, lockedBy: claim },
      data: { status: "DELIVERED", deliveredAt: now, lastAttemptAt: now, attempts: { increment: 1 }, lockedUntil: null, lockedBy: null },
    }),
    db.webhook.updateMany({ where: { id: { in: [...new Set(successes.map(({ delivery }) => delivery.webhook.id))] }, consecutiveFailures: { gt: 0 } }, data: { consecutiveFailures: 0 } }),
  ]);
}

/** A failed attempt: logged, the retry scheduled (or the delivery given up), the endpoint's failures counted. */
async function recordFailedAttempt({ delivery, response, durationMs }: Sent, { claim, now, disableAfterFailures }: { claim: string; now: Date; disableAfterFailures: number }) {
  const attempts = delivery.attempts + 1;
  const delay = retryDelayMs(attempts);
  const outcome = delay === null ? ("failed" as const) : ("retrying" as const);
  await db.$transaction(async (tx) => {
    await tx.webhookAttempt.create({
      data: { deliveryId: delivery.id, attemptedAt: now, statusCode: response.statusCode, succeeded: false, durationMs, responseExcerpt: response.excerpt },
      select: { id: true },
    });
    await tx.webhookDelivery.updateMany({
      // Only while the claim is ours; the attempt is logged either way.
      where: { id: delivery.id, lockedBy: claim },
      data: {
        attempts,
        lastAttemptAt: now,
        lockedUntil: null,
        lockedBy: null,
        ...(delay === null ? { status: "FAILED" } : { nextAttemptAt: new Date(now.getTime() + delay) }),
      },
    });
    await recordFailure(tx, delivery.webhook.id, { now, givenUp: outcome === "failed", disableAfterFailures });
  });
  return outcome;
}

/** Counts a failure against the endpoint and switches it off when it keeps failing (audited; administrators see a notice). */
async function recordFailure(tx: Tx, webhookId: string, { now, givenUp, disableAfterFailures }: { now: Date; givenUp: boolean; disableAfterFailures: number }) {
  const endpoint = await tx.webhook.update({ where: { id: webhookId }, data: { consecutiveFailures: { increment: 1 } }, select: { consecutiveFailures: true, isActive: true } });
  if (!endpoint.isActive || (!givenUp && endpoint.consecutiveFailures < disableAfterFailures)) return;
  const reason = givenUp ? "retries-exhausted" : "consecutive-failures";
  const switchedOff = await tx.webhook.updateMany({ where: { id: webhookId, isActive: true }, data: { isActive: false, disabledAt: now, disabledReason: reason, version: { increment: 1 } } });
  if (switchedOff.count === 0) return;
  await recordAudit(tx, { actorId: null, action: "webhook.disabled", entityType: "Webhook", entityId: webhookId, data: { reason, failures: endpoint.consecutiveFailures } });
}
