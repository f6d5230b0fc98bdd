import { NextResponse } from "next/server";
import { readJson, withActor, withIds } from "@/server/http";
import { reviewSegment } from "@/server/services/review/review-segment";

type Context = { params: Promise<{ id: string }> };

/** `{ action: "submit" | "approve" | "reject" | "exclude" | "include", version, reason? }`. */
export const POST = withActor<Context>(async (actor, request, { params }) => {
  const input = withIds(await readJson(request), { segmentId: (await params).id });
  return NextResponse.json(await reviewSegment({ actor, input }));
});
