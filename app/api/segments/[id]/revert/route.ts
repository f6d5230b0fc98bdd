import { NextResponse } from "next/server";
import { readJson, withActor, withIds } from "@/server/http";
import { revertSegment } from "@/server/services/segments/revert-segment";

type Context = { params: Promise<{ id: string }> };

/** `{ revisionId, version }`: restores that revision's text as a new REVERT revision. */
export const POST = withActor<Context>(async (actor, request, { params }) => {
  const input = withIds(await readJson(request), { segmentId: (await params).id });
  return NextResponse.json(await revertSegment({ actor, input }));
});
