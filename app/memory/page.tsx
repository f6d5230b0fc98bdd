import type { Metadata } from "next";
import { MemoryTransfer } from "@/components/memory/memory-transfer";
import { can } from "@/server/auth/permissions";
import { getActor, requireActor } from "@/server/auth/session";
import { getTranslator, resolveUiLanguage } from "@/server/i18n";
import { canonicalLanguageTag, DEFAULT_TARGET_LANG } from "@/domain/languages/language-tag";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator(await resolveUiLanguage(await getActor()), "memory");
  return { title: t("transfer.title") };
}

type Props = { searchParams: Promise<{ lang?: string | string[] }> };

/** TMX import (with progress and cancellation) and export of the translation memory. */
export default async function MemoryPage({ searchParams }: Props) {
  const requested = (await searchParams).lang;
  const lang = (typeof requested === "string" && canonicalLanguageTag(requested)) || DEFAULT_TARGET_LANG;
  const actor = await requireActor(`/memory?lang=${encodeURIComponent(lang)}`);
  const t = await getTranslator(await resolveUiLanguage(actor), "memory");
  return (
    <section className="page">
      <h1>{t("transfer.title")}</h1>
      <MemoryTransfer lang={lang} canImport={can(actor, "glossary:manage")} />
    </section>
  );
}
