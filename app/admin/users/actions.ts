"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/server/api/action-result";
import { actionActor, runAction } from "@/server/api/run-action";
import { createUser } from "@/server/services/users/create-user";
import { updateUserRole } from "@/server/services/users/update-user-role";
import { updateUserLanguages } from "@/server/services/users/update-user-languages";
import { setUserActive } from "@/server/services/users/set-user-active";
import { issuePasswordReset } from "@/server/services/users/issue-password-reset";

export async function createUserAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await actionActor();
    const input = {
      email: String(form.get("email") ?? ""),
      name: String(form.get("name") ?? ""),
      role: String(form.get("role") ?? ""),
      password: String(form.get("password") ?? ""),
      uiLanguage: String(form.get("uiLanguage") ?? "en"),
    };
    await createUser({ actor, input });
    revalidatePath("/admin/users");
    return { status: "ok", message: "create.created", params: { email: input.email.trim().toLowerCase() } };
  });
}

export async function updateUserRoleAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await actionActor();
    const role = String(form.get("role") ?? "");
    await updateUserRole({
      actor,
      input: { userId: form.get("userId"), role, version: form.get("version") },
    });
    revalidatePath("/admin/users");
    return { status: "ok", message: "users.roleSaved", params: { name: String(form.get("name") ?? ""), role } };
  });
}

export async function updateUserLanguagesAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await actionActor();
    await updateUserLanguages({
      actor,
      input: { userId: form.get("userId"), targetLangs: String(form.get("targetLangs") ?? ""), version: form.get("version") },
    });
    revalidatePath("/admin/users");
    return { status: "ok", message: "users.languagesSaved", params: { name: String(form.get("name") ?? "") } };
  });
}

export async function setUserActiveAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await actionActor();
    const isActive = form.get("isActive") === "true";
    await setUserActive({ actor, input: { userId: form.get("userId"), isActive, version: form.get("version") } });
    revalidatePath("/admin/users");
    return { status: "ok", message: isActive ? "users.reactivated" : "users.deactivated", params: { name: String(form.get("name") ?? "") } };
  });
}

/** The token comes back once, for the administrator to pass on; only its hash is stored. */
export async function issuePasswordResetAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(async () => {
    const actor = await actionActor();
    const issued = await issuePasswordReset({ actor, input: { userId: form.get("userId") } });
    return { status: "ok", message: "users.resetIssued", params: { name: String(form.get("name") ?? ""), token: issued.token, expiresAt: issued.expiresAt } };
  });
}
