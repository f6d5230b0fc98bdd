import type { Metadata } from "next";
import { GlossaryManager } from "@/components/glossary/glossary-manager";
import { can } from "@/server/auth/permissions";
import { getActor, requireActor } from "@/server/auth/session";
import { getTranslator, resolveUiLanguage } from "@/server/i18n";
import { listGlossaryLanguages, listGlossaryTerms } from "@/server/services/glossary/list-glossary-terms";
import { canonicalLanguageTag, DEFAULT_TARGET_LANG } from "@/domain/languages/language-tag";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator(await resolveUiLanguage(await getActor()), "glossary");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ lang?: string | string[] }> };

export default async function GlossaryPage({ searchParams }: Props) {
  const requested = (await searchParams).lang;
  const lang = (typeof requested === "string" && canonicalLanguageTag(requested)) || DEFAULT_TARGET_LANG;
  const actor = await requireActor(`/glossary?lang=${encodeURIComponent(lang)}`);
  const t = await getTranslator(await resolveUiLanguage(actor), "glossary");
  const [terms, languages] = await Promise.all([listGlossaryTerms({ actor, lang }), listGlossaryLanguages({ actor })]);
  return (
    <section className="page">
      <h1>{t("title")}</h1>
      <GlossaryManager key={lang} initialTerms={terms} canManage={can(actor, "glossary:manage")} lang={lang} languages={languages.includes(lang) ? languages : [...languages, lang]} />
    </section>
  );
}
