import { NextResponse } from "next/server";
import { readJson, withActor, withIds } from "@/server/http";
import { dismissFinding } from "@/server/services/quality/apply-finding-fix";

type Context = { params: Promise<{ id: string }> };

/** `{ checkId, reason }`: dismisses a finding while the paragraph's text stays as it is. */
export const POST = withActor<Context>(async (actor, request, { params }) =>
  NextResponse.json({ dismissal: await dismissFinding({ actor, input: withIds(await readJson(request), { segmentId: (await params).id }) }) }, { status: 201 }),
);
