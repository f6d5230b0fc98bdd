// Runs once when a Next.js server process starts (not during `next build`). Starts this
// instance's webhook delivery worker (decision 017); every instance runs one, and their claims
// on the shared database keep them from sending the same delivery twice at once.
export async function register() {
  // The worker needs Node (node:http, the database driver); the Edge runtime never runs it.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startWebhookWorker, stopWebhookWorkerOnShutdown } = await import("./server/services/webhooks/webhook-worker");
  startWebhookWorker();
  stopWebhookWorkerOnShutdown();
}
