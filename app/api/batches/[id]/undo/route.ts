import { NextResponse } from "next/server";
import { withActor } from "@/server/http";
import { undoBatch } from "@/server/services/review/bulk-approve-segments";

type Context = { params: Promise<{ id: string }> };

export const POST = withActor<Context>(async (actor, _request, { params }) =>
  NextResponse.json(await undoBatch({ actor, input: { batchId: (await params).id } })),
);
