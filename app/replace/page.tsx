import { canonicalLanguageTag, DEFAULT_TARGET_LANG } from "@/domain/languages/language-tag";
import type { Metadata } from "next";
import Link from "next/link";
import { ReplacePanel } from "@/components/replace/replace-panel";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { can } from "@/server/auth/permissions";
import { getActor, requireActor } from "@/server/auth/session";
import { getTranslator, resolveUiLanguage } from "@/server/i18n";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator(await resolveUiLanguage(await getActor()), "replace");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ document?: string; lang?: string }> };

export default async function ReplacePage({ searchParams }: Props) {
  const actor = await requireActor("/replace");
  const language = await resolveUiLanguage(actor);
  const t = await getTranslator(language, "replace");
  const documentId = typeof (await searchParams).document === "string" ? ((await searchParams).document as string) : null;
  if (!can(actor, "text:replace")) {
    return <ForbiddenNotice language={language} />;
  }
  return (
    <section className="page">
      {documentId && (
        <p>
          <Link href={`/documents/${documentId}${(await searchParams).lang ? `?lang=${encodeURIComponent(String((await searchParams).lang))}` : ""}`}>← {t("back")}</Link>
        </p>
      )}
      <h1>{t("title")}</h1>
      <ReplacePanel documentId={documentId} lang={canonicalLanguageTag(String((await searchParams).lang ?? "")) ?? DEFAULT_TARGET_LANG} />
    </section>
  );
}
