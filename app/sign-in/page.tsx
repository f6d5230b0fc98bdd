import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeReturnPath } from "@/domain/users/safe-return-path";
import { SignInForm } from "@/components/sign-in-form";
import { getActor } from "@/server/auth/session";
import { getTranslator, resolveUiLanguage } from "@/server/i18n";
import { env } from "@/server/env";
import { listDemoAccounts } from "@/server/services/users/list-demo-accounts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator(await resolveUiLanguage(await getActor()), "auth");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const returnTo = safeReturnPath((await searchParams).callbackUrl);
  const actor = await getActor();
  if (actor) redirect(returnTo);
  const t = await getTranslator(await resolveUiLanguage(null), "auth");
  return (
    <section className="page narrow">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <SignInForm returnTo={returnTo} demoAccounts={await listDemoAccounts({ isDemoDataOn: env.SEED_DEMO_DATA })} />
    </section>
  );
}
