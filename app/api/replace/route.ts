import { NextResponse } from "next/server";
import { readJson, withActor } from "@/server/http";
import { applyReplace } from "@/server/services/find-replace";

/** The preview's options plus the chosen `segments: [{ id, version }]`: `{ batchId, replaced, skipped }`; undo with POST /api/batches/:batchId/undo. */
export const POST = withActor(async (actor, request) => NextResponse.json(await applyReplace({ actor, input: await readJson(request) })));
