import { NextResponse } from "next/server";
import { readJson, withActor, withIds } from "@/server/http";
import { applyFindingFix } from "@/server/services/quality/apply-finding-fix";

type Context = { params: Promise<{ id: string }> };

/** `{ checkId, version }`: applies that finding's certain fix (a FIX revision). */
export const POST = withActor<Context>(async (actor, request, { params }) =>
  NextResponse.json(await applyFindingFix({ actor, input: withIds(await readJson(request), { segmentId: (await params).id }) })),
);
