"use server";

import type { ActionResult } from "@/server/api/action-result";
import { isAppError } from "@/server/errors";
import { resetPassword } from "@/server/services/users/reset-password";

/** Reachable without a session: the link's token is the proof, checked and spent by the service. */
export async function resetPasswordAction(_previous: ActionResult, form: FormData): Promise<ActionResult> {
  try {
    await resetPassword({ input: { token: String(form.get("token") ?? ""), password: String(form.get("password") ?? "") } });
    return { status: "ok", message: "reset.done", params: {} };
  } catch (error) {
    if (isAppError(error)) return { status: "error", code: error.code, params: error.params };
    console.error(error);
    return { status: "error", code: "INTERNAL", params: {} };
  }
}
