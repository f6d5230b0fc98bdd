import type { Metadata } from "next";
import { GlossaryManager } from "@/components/glossary/glossary-manager";
import { can } from "@/server/auth/permissions";
import { getActor, requireActor } from "@/server/auth/session";
import { getTranslator, resolveUiLanguage } from "@/server/i18n";
import { listGlossaryTerms } from "@/server/services/glossary/list-glossary-terms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator(await resolveUiLanguage(await getActor()), "glossary");
  return { title: t("title") };
}

export default async function GlossaryPage() {
  const actor = await requireActor("/glossary");
  const t = await getTranslator(await resolveUiLanguage(actor), "glossary");
  const terms = await listGlossaryTerms({ actor });
  return (
    <section className="page">
      <h1>{t("title")}</h1>
      <GlossaryManager initialTerms={terms} canManage={can(actor, "glossary:manage")} />
    </section>
  );
}
