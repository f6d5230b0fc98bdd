import { NextResponse } from "next/server";
import { readJson, withActor } from "@/server/http";
import { previewImport } from "@/server/services/preview-import";

/**
 * Reads and aligns a source and a target, and returns the proposed pairs; writes nothing.
 * `{ title?, source: { name?, content, encoding: "text" | "base64", format? }, target: {...} }`.
 * Confirm with `POST /api/documents` and the (repaired) rows as `pairs`.
 */
export const POST = withActor(async (actor, request) => NextResponse.json(await previewImport({ actor, input: await readJson(request) })));
