import { handleRoute } from "@/server/api/handle-route";
import { listPresence } from "@/server/services/presence/list-presence";
import { listPresenceContract } from "@/server/services/presence/list-presence.schema";
import { setEditingSegment } from "@/server/services/presence/set-editing-segment";
import { setEditingSegmentContract } from "@/server/services/presence/set-editing-segment.schema";

export const GET = handleRoute(listPresenceContract, ({ actor, params }) => listPresence({ actor, documentId: params.id }));

// The URL, not the body, names the document: its id goes last.
export const POST = handleRoute(setEditingSegmentContract, ({ actor, params, body }) =>
  setEditingSegment({ actor, input: { ...(body as object), documentId: params.id } }),
);
