"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { isUiLanguage } from "@/domain/users/roles";
import { getActor } from "@/server/auth/session";
import { LANGUAGE_COOKIE } from "@/server/i18n";
import { updateUiLanguage } from "@/server/services/users/update-ui-language";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Switches the interface language: remembered on the account when signed in, in a cookie always. */
export async function changeUiLanguage(formData: FormData): Promise<void> {
  const language = formData.get("language");
  if (!isUiLanguage(language)) return;
  (await cookies()).set(LANGUAGE_COOKIE, language, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax" });
  const actor = await getActor();
  if (actor) await updateUiLanguage({ actor, language });
  revalidatePath("/", "layout");
}
