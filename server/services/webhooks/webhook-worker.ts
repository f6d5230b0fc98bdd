import "server-only";
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { deliverDueWebhooks } from "./deliver-webhooks";
import { WEBHOOK_TIMEOUT_MS } from "./send-webhook";
import { onWebhookWake } from "./worker-signal";
import { onShutdown } from "../../lifecycle.js";

/** How often an idle worker looks for due deliveries (events from other instances, retries): one indexed query. */
export const WEBHOOK_POLL_MS = 500;

type Worker = { id: string; stopping: boolean; running: Promise<void> | null; timer: NodeJS.Timeout | null; woken: boolean; unsubscribe: () => void };

// One worker per process, even when Next loads the module more than once.
const holder = globalThis as unknown as { visAVisWebhookWorker?: Worker };

/**
 * Starts this process's delivery worker (from instrumentation.ts, once per server process):
 * a pass at once, then whenever a local change enqueues an event, and every WEBHOOK_POLL_MS.
 * A pass that found work is followed at once by another, so a backlog drains without waiting
 * and events committed during a pass are not left for the next poll.
 */
export function startWebhookWorker(): Worker {
  if (holder.visAVisWebhookWorker) return holder.visAVisWebhookWorker;
  const worker: Worker = { id: `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`, stopping: false, running: null, timer: null, woken: false, unsubscribe: () => {} };
  holder.visAVisWebhookWorker = worker;

  const schedule = (delay: number) => {
    if (worker.stopping) return;
    if (worker.timer) clearTimeout(worker.timer);
    worker.timer = setTimeout(run, delay);
    // The worker never keeps a process alive on its own.
    worker.timer.unref();
  };
  const run = () => {
    if (worker.running || worker.stopping) {
      worker.woken = true;
      return;
    }
    worker.woken = false;
    worker.running = deliverDueWebhooks({ workerId: worker.id, shouldStop: () => worker.stopping })
      .then((pass) => schedule(pass.claimed > 0 || worker.woken ? 0 : WEBHOOK_POLL_MS))
      .catch((error: unknown) => {
        console.error("webhook delivery pass failed", error);
        schedule(WEBHOOK_POLL_MS * 5);
      })
      .finally(() => {
        worker.running = null;
      });
  };
  worker.unsubscribe = onWebhookWake(() => schedule(0));
  schedule(0);
  return worker;
}

/**
 * Stops claiming when the process is asked to end (SIGTERM, SIGINT); Next's own handlers end
 * it. A delivery claimed and not yet recorded then is sent again by any worker once its
 * claim expires: at least once, never lost.
 */
export function stopWebhookWorkerOnShutdown(): void {
  // Under our server (scripts/server.js), its shutdown stops the worker before the database
  // connections are released, and waits for the pass in flight (decision 018).
  // Sends no new delivery from then on, and waits as long as a send may take for those in flight
  // to be recorded, so that a deploy does not send them again.
  onShutdown(() => stopWebhookWorker(), "stop", WEBHOOK_TIMEOUT_MS + 2_000);
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      void stopWebhookWorker().finally(() => {
        // Listening to a signal removes Node's default of ending the process: when nobody else
        // handles it (NEXT_MANUAL_SIG_HANDLE), raise it again so the process still ends.
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      });
    });
  }
}

/**
 * Stops claiming and waits for the pass in flight to record its attempts. A delivery claimed
 * but not sent when the process dies is taken up by another worker when its claim expires.
 */
export async function stopWebhookWorker(): Promise<void> {
  const worker = holder.visAVisWebhookWorker;
  if (!worker) return;
  worker.stopping = true;
  worker.unsubscribe();
  if (worker.timer) clearTimeout(worker.timer);
  await worker.running;
  holder.visAVisWebhookWorker = undefined;
}
