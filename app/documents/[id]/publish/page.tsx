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

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator(await resolveUiLanguage(await getActor()), "publishing");
  return { title: t("title") };
}

export default async function PublishPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor(`/documents/${id}/publish`);
  const t = await getTranslator(await resolveUiLanguage(actor), "publishing");
  const [document, checklist, publications] = await Promise.all([
    getDocument({ actor, documentId: id }),
    getPublishChecklist({ actor, documentId: id }),
    listPublications({ actor, documentId: id }),
  ]).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <section className="page">
      <p>
        <Link href={`/documents/${id}`}>← {t("backToEditor")}</Link>
      </p>
      <h1>
        {t("title")}: <span lang={document.targetLang}>{document.title}</span>
      </h1>
      <PublishPanel
        documentId={id}
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
