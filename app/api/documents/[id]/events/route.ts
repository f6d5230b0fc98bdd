import { handleRoute } from "@/server/api/handle-route";
import { streamDocumentEvents } from "@/server/services/presence/stream-document-events";
import { streamDocumentEventsContract } from "@/server/services/presence/stream-document-events.schema";

/** Proxies must neither cache nor buffer the stream: each event has to reach the viewer at once. */
const EVENT_STREAM_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache, no-transform",
  connection: "keep-alive",
  "x-accel-buffering": "no",
};

export const GET = handleRoute(streamDocumentEventsContract, async ({ actor, params, request }) =>
  new Response(await streamDocumentEvents({ actor, documentId: params.id, signal: request.signal }), { headers: EVENT_STREAM_HEADERS }),
);
