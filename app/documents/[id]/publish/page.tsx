import { languageName } from "@/domain/languages/language-tag";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublishPanel } from "@/components/publishing/publish-panel";
import { can } from "@/server/auth/permissions";
import { getActor, requireActor } from "@/server/auth/session";
import { isAppError } from "@/server/errors";
import { getTranslator, resolveUiLanguage } from "@/server/i18n";
import { getDocument } from "@/server/services/documents/get-document";
import { getPublishChecklist } from "@/server/services/publishing/get-publish-checklist";
import { listPublications } from "@/server/services/publishing/list-publications";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ lang?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator(await resolveUiLanguage(await getActor()), "publishing");
  return { title: t("title") };
}

export default async function PublishPage({ params, searchParams }: Props) {
  const { id } = await params;
  const requested = (await searchParams).lang;
  const lang = typeof requested === "string" && requested !== "" ? requested : undefined;
  const actor = await requireActor(`/documents/${id}/publish${lang ? `?lang=${encodeURIComponent(lang)}` : ""}`);
  const t = await getTranslator(await resolveUiLanguage(actor), "publishing");
  const [document, checklist, publications] = await Promise.all([
    getDocument({ actor, documentId: id, lang }),
    getPublishChecklist({ actor, documentId: id, lang }),
    listPublications({ actor, documentId: id, lang }),
  ]).catch((error: unknown) => {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "LANGUAGE_NOT_ALLOWED" || error.code === "INVALID_INPUT")) notFound();
    throw error;
  });
  return (
    <section className="page">
      <p>
        <Link href={`/documents/${id}?lang=${encodeURIComponent(document.targetLang)}`}>← {t("backToEditor")}</Link>
      </p>
      <h1>
        {t("titleOf")} <span lang={document.targetLang}>{document.title}</span> <span className="muted">({languageName(document.targetLang, await resolveUiLanguage(actor))})</span>
      </h1>
      <PublishPanel
        documentId={id}
        lang={document.targetLang}
        initialChecklist={checklist}
        initialPublications={publications}
        rights={{
          canPublish: can(actor, "document:publish"),
          canOverride: can(actor, "document:publish-override"),
          canExportDraft: can(actor, "document:export-draft"),
        }}
      />
    </section>
  );
}
