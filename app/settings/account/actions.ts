"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/server/auth/session";
import type { ActionResult } from "@/server/api/action-result";
import { AppError, isAppError } from "@/server/errors";
import { changeOwnPassword } from "@/server/services/users/change-own-password";
import { updateEditorDensity } from "@/server/services/users/update-editor-density";

async function run(action: () => Promise<ActionResult>): Promise<ActionResult> {
  try {
    return await action();
  } catch (error) {
    if (isAppError(error)) return { status: "error", code: error.code, params: error.params };
    console.error(error);
    return { status: "error", code: "INTERNAL", params: {} };
  }
}

/** Server actions are reachable by a direct POST: each re-reads the actor. */
async function actorOrThrow() {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}

export async function changeOwnPasswordAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  return run(async () => {
    const actor = await actorOrThrow();
    await changeOwnPassword({ actor, input: { currentPassword: String(form.get("currentPassword") ?? ""), newPassword: String(form.get("newPassword") ?? "") } });
    return { status: "ok", message: "account.changed", params: {} };
  });
}

export async function updateEditorDensityAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  return run(async () => {
    const actor = await actorOrThrow();
    await updateEditorDensity({ actor, input: { density: form.get("density") } });
    revalidatePath("/", "layout");
    return { status: "ok", message: "account.densitySaved", params: {} };
  });
}
