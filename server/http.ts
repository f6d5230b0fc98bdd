import "server-only";
import { NextResponse } from "next/server";
import { AppError, isAppError, toErrorBody } from "./errors";
import { getActor } from "./auth/session";
import type { Actor } from "./auth/permissions";

/**
 * Wraps an API route: 401 JSON without a session, AppErrors as their status and code,
 * anything else as a 500 that reveals nothing.
 */
export function withActor<Context>(handler: (actor: Actor, request: Request, context: Context) => Promise<Response>) {
  return async (request: Request, context: Context): Promise<Response> => {
    try {
      const actor = await getActor();
      if (!actor) throw new AppError("UNAUTHENTICATED");
      return await handler(actor, request, context);
    } catch (error) {
      if (isAppError(error)) return NextResponse.json(toErrorBody(error), { status: error.status });
      console.error(error);
      return NextResponse.json({ error: { code: "INTERNAL", params: {} } }, { status: 500 });
    }
  };
}

/** Requests larger than this are refused before parsing: no JSON body we accept comes close. */
/** Room for two 2 MiB imports in base64. */
export const MAX_JSON_BYTES = 6_000_000;

/** Reads a JSON body; a body that is too large or not JSON is refused with a clear code. */
export async function readJson(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", { limit: MAX_JSON_BYTES });
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", { limit: MAX_JSON_BYTES });
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", { field: "body" });
  }
}

/** Merges route parameters into a JSON body so that the URL, not the body, names the resource. */
export function withIds(body: unknown, ids: Record<string, string>): Record<string, unknown> {
  return { ...(typeof body === "object" && body !== null && !Array.isArray(body) ? body : {}), ...ids };
}
