// One webhook delivery worker in its own process, as each app instance runs one (started from
// instrumentation.ts). Used by scripts/benchmarks/webhooks.ts; DATABASE_URL names the database.
import { startWebhookWorker, stopWebhookWorker } from "../../server/services/webhooks/webhook-worker";

startWebhookWorker();
// The worker's timer never keeps a process alive on its own; this process exists for it.
const keepAlive = setInterval(() => {}, 60_000);
process.once("SIGTERM", () => {
  clearInterval(keepAlive);
  void stopWebhookWorker().then(() => process.exit(0));
});
