import { getTranslator } from "@/server/i18n";
import type { UiLanguage } from "@/domain/users/roles";

/** The page a role may not use: said plainly, in the user's language (the services refuse too). */
export async function ForbiddenNotice({ language }: { language: UiLanguage }) {
  const t = await getTranslator(language, "common");
  return (
    <section className="page narrow" data-testid="forbidden">
      <h1>{t("forbidden.title")}</h1>
      <p>{t("forbidden.body")}</p>
    </section>
  );
}
