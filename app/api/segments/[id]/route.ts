import { NextResponse } from "next/server";
import { readJson, withActor, withIds } from "@/server/http";
import { getSegment } from "@/server/services/segments/get-segment";
import { saveSegment } from "@/server/services/segments/save-segment";

type Context = { params: Promise<{ id: string }> };

/** Saves a paragraph's English text: `{ targetText, version, submit? }`. A stale version is a 409 with the current paragraph. */
export const PUT = withActor<Context>(async (actor, request, { params }) => {
  const input = withIds(await readJson(request), { segmentId: (await params).id });
  return NextResponse.json(await saveSegment({ actor, input }));
});

export const GET = withActor<Context>(async (actor, _request, { params }) =>
  NextResponse.json({ segment: await getSegment({ actor, segmentId: (await params).id }) }),
);
