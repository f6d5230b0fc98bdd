import { NextResponse } from "next/server";
import { readJson, withActor } from "@/server/http";
import { previewReplace } from "@/server/services/find-replace";

/** `{ documentId?, find, replacement, isRegex, isCaseSensitive, isWholeWord }`: the matches, nothing written. */
export const POST = withActor(async (actor, request) => NextResponse.json(await previewReplace({ actor, input: await readJson(request) })));
