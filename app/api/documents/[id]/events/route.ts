import { randomUUID } from "node:crypto";
import { withActor } from "@/server/http";
import { subscribeDocumentEvents, type DocumentEvent } from "@/server/realtime/document-events";
import { joinDocument, leaveDocument, refreshPresence } from "@/server/services/presence";

type Context = { params: Promise<{ id: string }> };

const HEARTBEAT_MS = 15_000;

/**
 * Server-Sent Events for everyone viewing a document: paragraph changes, comments, presence,
 * publications. Works across app instances on PostgreSQL (LISTEN/NOTIFY). The first event,
 * `hello`, gives the connection id used to report which paragraph this viewer is editing.
 */
export const GET = withActor<Context>(async (actor, request, { params }) => {
  const documentId = (await params).id;
  const connectionId = randomUUID();
  await joinDocument({ actor, documentId, connectionId });
  const encoder = new TextEncoder();
  let cleanup = () => {};

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (name: string, data: unknown) => {
        try {
          controller.enqueue(encoder.encode(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`));
        } catch {
          cleanup();
        }
      };
      const unsubscribe = await subscribeDocumentEvents(documentId, (event: DocumentEvent) => send(event.type, event));
      const heartbeat = setInterval(() => {
        send("ping", {});
        void refreshPresence(connectionId);
      }, HEARTBEAT_MS);
      let isClosed = false;
      cleanup = () => {
        if (isClosed) return;
        isClosed = true;
        clearInterval(heartbeat);
        unsubscribe();
        void leaveDocument({ documentId, connectionId }).catch(() => undefined);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      request.signal.addEventListener("abort", cleanup);
      send("hello", { connectionId });
    },
    cancel() {
      cleanup();
    },
  });

  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
});
