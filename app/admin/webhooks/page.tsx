import type { Metadata } from "next";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { WebhooksAdmin } from "@/components/webhooks-admin";
import { can } from "@/server/auth/permissions";
import { getActor, requireActor } from "@/server/auth/session";
import { env } from "@/server/env";
import { getTranslator, resolveUiLanguage } from "@/server/i18n";
import { listWebhooks } from "@/server/services/webhooks/list-webhooks";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator(await resolveUiLanguage(await getActor()), "admin");
  return { title: t("webhooks.title") };
}

export default async function WebhooksPage() {
  const actor = await requireActor("/admin/webhooks");
  const language = await resolveUiLanguage(actor);
  if (!can(actor, "webhooks:manage")) return <ForbiddenNotice language={language} />;
  const t = await getTranslator(language, "admin");
  const { webhooks } = await listWebhooks({ actor });
  return (
    <section className="page">
      <h1>{t("webhooks.title")}</h1>
      <p className="hint">{t("webhooks.intro")}</p>
      <WebhooksAdmin initial={webhooks} allowedHosts={env.WEBHOOK_ALLOWED_HOSTS} />
    </section>
  );
}
