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
