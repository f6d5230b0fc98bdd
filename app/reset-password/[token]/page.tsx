import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/account/reset-password-form";
import { getTranslator, resolveUiLanguage } from "@/server/i18n";
import { isResetLinkUsable } from "@/server/services/users/reset-password";
import { MIN_PASSWORD_LENGTH } from "@/server/services/users/new-account.schema";
import { resetPasswordAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator(await resolveUiLanguage(null), "auth");
  return { title: t("reset.title") };
}

type Props = { params: Promise<{ token: string }> };

/** A one-time link made by an administrator (decision 022). No session needed; the token is checked again on submit. */
export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  const language = await resolveUiLanguage(null);
  const t = await getTranslator(language, "auth");
  const errors = await getTranslator(language, "errors");
  const isUsable = await isResetLinkUsable({ token });
  return (
    <section className="page narrow">
      <h1>{t("reset.title")}</h1>
      {isUsable ? (
        <>
          <p>{t("reset.intro")}</p>
          <ResetPasswordForm token={token} minPasswordLength={MIN_PASSWORD_LENGTH} resetPasswordAction={resetPasswordAction} />
        </>
      ) : (
        <p role="alert" className="alert alert--error" data-testid="reset-link-invalid">
          {errors("RESET_LINK_INVALID")}
        </p>
      )}
    </section>
  );
}
