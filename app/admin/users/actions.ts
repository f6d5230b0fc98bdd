"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/server/auth/session";
import type { ActionResult } from "@/server/api/action-result";
import { AppError, isAppError } from "@/server/errors";
import { createUser } from "@/server/services/users/create-user";
import { updateUserRole } from "@/server/services/users/update-user-role";
import { updateUserLanguages } from "@/server/services/users/update-user-languages";
import { setUserActive } from "@/server/services/users/set-user-active";
import { issuePasswordReset } from "@/server/services/users/issue-password-reset";

/** Server actions are reachable by a direct POST: each one re-reads the actor and lets the service decide. */
async function run(action: () => Promise<ActionResult>): Promise<ActionResult> {
  try {
    return await action();
  } catch (error) {
    if (isAppError(error)) return { status: "error", code: error.code, params: error.params };
    console.error(error);
    return { status: "error", code: "INTERNAL", params: {} };
  }
}

async function actorOrThrow() {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}

export async function createUserAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  return run(async () => {
    const actor = await actorOrThrow();
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
  return run(async () => {
    const actor = await actorOrThrow();
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
  return run(async () => {
    const actor = await actorOrThrow();
    await updateUserLanguages({
      actor,
      input: { userId: form.get("userId"), targetLangs: String(form.get("targetLangs") ?? ""), version: form.get("version") },
    });
    revalidatePath("/admin/users");
    return { status: "ok", message: "users.languagesSaved", params: { name: String(form.get("name") ?? "") } };
  });
}

export async function setUserActiveAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  return run(async () => {
    const actor = await actorOrThrow();
    const isActive = form.get("isActive") === "true";
    await setUserActive({ actor, input: { userId: form.get("userId"), isActive, version: form.get("version") } });
    revalidatePath("/admin/users");
    return { status: "ok", message: isActive ? "users.reactivated" : "users.deactivated", params: { name: String(form.get("name") ?? "") } };
  });
}

/** The token comes back once, for the administrator to pass on; only its hash is stored. */
export async function issuePasswordResetAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  return run(async () => {
    const actor = await actorOrThrow();
    const issued = await issuePasswordReset({ actor, input: { userId: form.get("userId") } });
    return { status: "ok", message: "users.resetIssued", params: { name: String(form.get("name") ?? ""), token: issued.token, expiresAt: issued.expiresAt } };
  });
}
