import "server-only";
import { EventEmitter } from "node:events";

// The in-process nudge from a committed change to this instance's delivery worker. Only a
// shortcut: the worker also polls, so an event is delivered even if nobody calls this (another
// instance, a crash right after commit).
const holder = globalThis as unknown as { visAVisWebhookSignal?: EventEmitter };
const signal = (holder.visAVisWebhookSignal ??= new EventEmitter());

/** Call after the transaction that enqueued events has committed. */
export function wakeWebhookWorker(): void {
  signal.emit("wake");
}

export function onWebhookWake(listener: () => void): () => void {
  signal.on("wake", listener);
  return () => signal.off("wake", listener);
}
