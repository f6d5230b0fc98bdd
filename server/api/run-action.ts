import "server-only";
import { getActor } from "../auth/session";
import { AppError, isAppError } from "../errors";
import type { ActionResult } from "./action-result";

/**
 * The frame of every form's server action: an AppError becomes the code the form translates,
 * anything else is logged and answered as INTERNAL, revealing nothing.
 */
export async function runAction(action: () => Promise<ActionResult>): Promise<ActionResult> {
  try {
    return await action();
  } catch (error) {
    if (isAppError(error)) return { status: "error", code: error.code, params: error.params };
    console.error(error);
    return { status: "error", code: "INTERNAL", params: {} };
  }
}

/** Server actions are reachable by a direct POST: each one re-reads the actor and lets the service decide. */
export async function actionActor() {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}
