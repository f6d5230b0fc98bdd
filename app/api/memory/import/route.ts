import { handleRoute } from "@/server/api/handle-route";
import { isAppError } from "@/server/errors";
import { assertMayImportMemory, importMemoryTmx } from "@/server/services/memory/import-memory-tmx";
import { importMemoryTmxContract } from "@/server/services/memory/import-memory-tmx.schema";

/** Proxies must not buffer the stream: the progress has to reach the browser as it happens. */
const EVENT_STREAM_HEADERS = { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", "x-accel-buffering": "no" };

export const POST = handleRoute(importMemoryTmxContract, async ({ actor, body, request }) => {
  // Refused before the stream starts, so a forbidden import is a plain 403.
  assertMayImportMemory(actor);
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: string, data: unknown) => {
        if (!request.signal.aborted) controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
      };
      try {
        // The request's signal aborts when the browser cancels (closes the connection): the import rolls back.
        const result = await importMemoryTmx({ actor, input: body, signal: request.signal, onProgress: (done, total) => send("progress", { done, total }) });
        send("done", result);
      } catch (error) {
        if (isAppError(error)) send("error", { code: error.code, params: error.params });
        else if (!(error instanceof Error && error.name === "ImportCancelledError")) send("error", { code: "INTERNAL", params: {} });
      } finally {
        if (!request.signal.aborted) controller.close();
      }
    },
  });
  return new Response(stream, { headers: EVENT_STREAM_HEADERS });
});
