import { NextResponse } from "next/server";
import { readJson, withActor, withIds } from "@/server/http";
import { listPresence, setEditingSegment } from "@/server/services/presence";

type Context = { params: Promise<{ id: string }> };

/** Who is viewing the document and which paragraph each is editing. */
export const GET = withActor<Context>(async (actor, _request, { params }) =>
  NextResponse.json({ presence: await listPresence({ actor, documentId: (await params).id }) }),
);

/** `{ connectionId, editingSegmentId | null }`: this viewer's soft lock. */
export const POST = withActor<Context>(async (actor, request, { params }) => {
  await setEditingSegment({ actor, input: withIds(await readJson(request), { documentId: (await params).id }) });
  return new Response(null, { status: 204 });
});
