import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DensityForm } from "@/components/account/density-form";
import { getActor, requireActor } from "@/server/auth/session";
import { getTranslator, resolveUiLanguage } from "@/server/i18n";
import { MIN_PASSWORD_LENGTH } from "@/server/services/users/new-account.schema";
import { getEditorDensity } from "@/server/services/users/update-editor-density";
import { changeOwnPasswordAction, updateEditorDensityAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator(await resolveUiLanguage(await getActor()), "auth");
  return { title: t("account.title") };
}

/** One's own account: password and editor preferences. */
export default async function AccountPage() {
  const actor = await requireActor("/settings/account");
  const t = await getTranslator(await resolveUiLanguage(actor), "auth");
  const density = await getEditorDensity({ actor });
  return (
    <section className="page narrow">
      <h1>{t("account.title")}</h1>
      <ChangePasswordForm email={actor.email} minPasswordLength={MIN_PASSWORD_LENGTH} changeOwnPasswordAction={changeOwnPasswordAction} />
      <DensityForm density={density} updateEditorDensityAction={updateEditorDensityAction} />
    </section>
  );
}
