import type { Metadata } from "next";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { QualitySettingsForm } from "@/components/quality/quality-settings-form";
import { can } from "@/server/auth/permissions";
import { getActor, requireActor } from "@/server/auth/session";
import { getTranslator, resolveUiLanguage } from "@/server/i18n";
import { getQualitySettings } from "@/server/services/quality/get-quality-settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator(await resolveUiLanguage(await getActor()), "quality");
  return { title: t("settings.title") };
}

export default async function QualitySettingsPage() {
  const actor = await requireActor("/admin/quality");
  const language = await resolveUiLanguage(actor);
  if (!can(actor, "quality:settings")) return <ForbiddenNotice language={language} />;
  const t = await getTranslator(language, "quality");
  const settings = await getQualitySettings({ actor });
  return (
    <section className="page narrow">
      <h1>{t("settings.title")}</h1>
      <p className="hint">{t("settings.intro")}</p>
      <QualitySettingsForm initial={settings} />
    </section>
  );
}
