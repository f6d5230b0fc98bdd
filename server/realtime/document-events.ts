import "server-only";
import { EventEmitter } from "node:events";
import pg from "pg";
import { env } from "../env";
import { isPostgres } from "../db";
import { onShutdown } from "../lifecycle.js";

/** What people viewing a document hear about. Small on purpose: clients fetch what changed. */
export type DocumentEvent =
  /** One paragraph changed (text, state or comments); `version` is its version now. */
  | { type: "segment"; segmentId: string; version: number; actorId: string; actorName: string }
  /** Many paragraphs changed at once (bulk approval or its undo): reload. */
  | { type: "segments"; actorId: string; actorName: string }
  /** A comment was added, resolved or reopened on a paragraph. */
  | { type: "comments"; segmentId: string; actorId: string }
  /** Someone opened or left the document, or started or stopped editing a paragraph. */
  | { type: "presence" }
  /** A new version was published. */
  | { type: "published"; lang: string; version: number; actorName: string }
  /** A new version of the French was recorded (source revision `revision`): every paragraph may have moved, reload. */
  | { type: "source"; revision: number; actorName: string }
  /** A translation's assignment (`lang`) or the article's embargo or confidentiality (`lang` null) changed: fetch the desk again. */
  | { type: "desk"; lang: string | null; actorId: string; actorName: string };

type Envelope = { documentId: string; event: DocumentEvent };

/** PostgreSQL NOTIFY channel shared by every app instance on the same database. */
const CHANNEL = "vav_document_events";

type Bus = { emitter: EventEmitter; listener: pg.Client | null; connecting: Promise<void> | null };

const holder = globalThis as unknown as { visAVisBus?: Bus };
const bus: Bus = holder.visAVisBus ?? { emitter: new EventEmitter(), listener: null, connecting: null };
if (!holder.visAVisBus) onShutdown(() => closeDocumentEvents(), "release");
holder.visAVisBus = bus;
bus.emitter.setMaxListeners(0);

function deliver(envelope: Envelope) {
  bus.emitter.emit(envelope.documentId, envelope.event);
}

/**
 * On PostgreSQL every instance LISTENs on one channel, so an edit made through any instance
 * reaches the viewers connected to all of them. The connection reconnects after errors.
 */
function ensureListening(): Promise<void> {
  if (!isPostgres || bus.listener) return Promise.resolve();
  bus.connecting ??= (async () => {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    client.on("notification", (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        deliver(JSON.parse(message.payload) as Envelope);
      } catch {
        // A malformed payload is not ours to act on.
      }
    });
    client.on("error", () => {
      bus.listener = null;
      bus.connecting = null;
      setTimeout(() => void ensureListening(), 1_000);
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    bus.listener = client;
  })().finally(() => {
    bus.connecting = null;
  });
  return bus.connecting;
}

/** Tells everyone viewing the document. Call after the change has committed. */
export async function publishDocumentEvent(documentId: string, event: DocumentEvent): Promise<void> {
  const envelope: Envelope = { documentId, event };
  if (!isPostgres) {
    deliver(envelope);
    return;
  }
  try {
    const { db } = await import("../db");
    await db.$executeRaw`SELECT pg_notify(${CHANNEL}, ${JSON.stringify(envelope)})`;
  } catch (error) {
    // A lost notification costs a live update, never data: viewers catch up on reload.
    console.error("could not notify document viewers", error);
  }
}

/** Listens to one document's events; returns the function that stops listening. */
export async function subscribeDocumentEvents(documentId: string, listener: (event: DocumentEvent) => void): Promise<() => void> {
  await ensureListening();
  bus.emitter.on(documentId, listener);
  return () => bus.emitter.off(documentId, listener);
}

/** Stops listening for notifications (tests and shutdown); later subscriptions reconnect. */
export async function closeDocumentEvents(): Promise<void> {
  const listener = bus.listener;
  bus.listener = null;
  if (listener) {
    listener.removeAllListeners("error");
    listener.on("error", () => undefined);
    await listener.end().catch(() => undefined);
  }
}
