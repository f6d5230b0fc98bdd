import Link from "next/link";
import { getActor } from "@/server/auth/session";
import { getTranslator, resolveUiLanguage } from "@/server/i18n";

export default async function NotFound() {
  const t = await getTranslator(await resolveUiLanguage(await getActor()));
  return (
    <section className="page narrow">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <p>
        <Link href="/documents">{t("notFound.back")}</Link>
      </p>
    </section>
  );
}
