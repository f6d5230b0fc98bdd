import { NextResponse } from "next/server";
import { withActor } from "@/server/http";
import { getSegmentHistory } from "@/server/services/segments/get-segment-history";

type Context = { params: Promise<{ id: string }> };

export const GET = withActor<Context>(async (actor, _request, { params }) =>
  NextResponse.json({ history: await getSegmentHistory({ actor, segmentId: (await params).id }) }),
);
