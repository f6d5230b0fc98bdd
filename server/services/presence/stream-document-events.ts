import "server-only";
import { randomUUID } from "node:crypto";
import { isApiTokenUsable } from "../../auth/api-token";
import { findActor, loadActor } from "../../auth/find-actor";
import type { Actor } from "../../auth/permissions";
import { subscribeDocumentEvents, type DocumentEvent } from "../../realtime/document-events";
import { onShutdown } from "../../lifecycle.js";
import { countLiveConnection } from "../../observability/app-metrics";
import { parseInput } from "../../validation";
import { joinDocument, leaveDocument, PRESENCE_HEARTBEAT_MS, refreshPresence } from "./presence-connection";
import { streamDocumentEventsInput } from "./stream-document-events.schema";

/**
 * A document's live updates as Server-Sent Events, for as long as the viewer stays (until
 * `signal` aborts). Works across app instances on PostgreSQL (LISTEN/NOTIFY). The viewer is
 * present from the first event, `hello`, which gives the connection id used to report which
 * paragraph this viewer is editing, until the stream closes. When the server shuts down, the
 * stream ends with a `shutdown` event and an SSE `retry` field: the browser reconnects to
 * another instance (or this one restarted) after RECONNECT_AFTER_SHUTDOWN_MS.
 */
/** How long a browser waits before reconnecting after a server shut its stream down, in ms. */
export const RECONNECT_AFTER_SHUTDOWN_MS = 1_000;

export async function streamDocumentEvents({ actor, documentId, signal }: { actor: Actor; documentId: string; signal: AbortSignal }): Promise<ReadableStream<Uint8Array>> {
  const input = parseInput(streamDocumentEventsInput, { documentId });
  const connectionId = randomUUID();
  // Joining checks the permission and that the document exists, before any byte is streamed.
  await joinDocument({ actor, documentId: input.documentId, connectionId });
  const encoder = new TextEncoder();
  let cleanup = () => {};

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (name: string, data: unknown) => {
        try {
          controller.enqueue(encoder.encode(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`));
        } catch {
          cleanup();
        }
      };
      const unsubscribe = await subscribeDocumentEvents(input.documentId, (event: DocumentEvent) => send(event.type, event));
      // Each heartbeat also checks the viewer is still signed in: a deactivated account, a
      // role change or a sign-out elsewhere closes the stream within one beat.
      const isStillSignedIn = async () => {
        // A stream opened with an API token ends once the token is revoked or expires.
        if (actor.tokenId && !(await isApiTokenUsable(actor.tokenId))) return false;
        return (actor.sessionVersion === undefined ? await loadActor(actor.id) : await findActor(actor.id, actor.sessionVersion)) !== null;
      };
      const heartbeat = setInterval(() => {
        void isStillSignedIn()
          .catch(() => true)
          .then((isSignedIn) => {
            if (!isSignedIn) {
              send("session-ended", {});
              cleanup();
              return;
            }
            send("ping", {});
            void refreshPresence(connectionId);
          });
      }, PRESENCE_HEARTBEAT_MS);
      let isClosed = false;
      countLiveConnection(1);
      const stopOnShutdown = onShutdown(() => {
        try {
          controller.enqueue(encoder.encode(`retry: ${RECONNECT_AFTER_SHUTDOWN_MS}\nevent: shutdown\ndata: ${JSON.stringify({ reconnectAfterMs: RECONNECT_AFTER_SHUTDOWN_MS })}\n\n`));
        } catch {
          // already closed
        }
        cleanup();
      });
      cleanup = () => {
        if (isClosed) return;
        isClosed = true;
        countLiveConnection(-1);
        stopOnShutdown();
        clearInterval(heartbeat);
        unsubscribe();
        void leaveDocument({ documentId: input.documentId, connectionId }).catch(() => undefined);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      signal.addEventListener("abort", cleanup);
      send("hello", { connectionId });
    },
    cancel() {
      cleanup();
    },
  });
}
