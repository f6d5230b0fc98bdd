"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/server/api/action-result";
import { actionActor, runAction } from "@/server/api/run-action";
import { changeOwnPassword } from "@/server/services/users/change-own-password";
import { updateEditorDensity } from "@/server/services/users/update-editor-density";

export async function changeOwnPasswordAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await actionActor();
    await changeOwnPassword({ actor, input: { currentPassword: String(form.get("currentPassword") ?? ""), newPassword: String(form.get("newPassword") ?? "") } });
    return { status: "ok", message: "account.changed", params: {} };
  });
}

export async function updateEditorDensityAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await actionActor();
    await updateEditorDensity({ actor, input: { density: form.get("density") } });
    revalidatePath("/", "layout");
    return { status: "ok", message: "account.densitySaved", params: {} };
  });
}
