import { NextResponse } from "next/server";
import { readJson, withActor, withIds } from "@/server/http";
import { changeSegmentKind } from "@/server/services/segments/change-segment-kind";

type Context = { params: Promise<{ id: string }> };

/** `{ kind, version }`: reclassifies the paragraph. */
export const POST = withActor<Context>(async (actor, request, { params }) =>
  NextResponse.json(await changeSegmentKind({ actor, input: withIds(await readJson(request), { segmentId: (await params).id }) })),
);
