import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProgressBar } from "@/components/progress-bar";
import { SideBySide } from "@/components/side-by-side";
import { requireActor } from "@/server/auth/session";
import { isAppError } from "@/server/errors";
import { getTranslator, resolveUiLanguage } from "@/server/i18n";
import { getDocument } from "@/server/services/get-document";
import type { Actor } from "@/server/auth/permissions";

type Props = { params: Promise<{ id: string }> };

async function loadDocument(actor: Actor, documentId: string) {
  try {
    return await getDocument({ actor, documentId });
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const actor = await requireActor(`/documents/${id}`);
  return { title: (await loadDocument(actor, id)).title };
}

export default async function DocumentPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor(`/documents/${id}`);
  const document = await loadDocument(actor, id);
  const t = await getTranslator(await resolveUiLanguage(actor), "documents");
  return (
    <section className="page">
      <p>
        <Link href="/documents">← {t("view.back")}</Link>
      </p>
      <h1 lang={document.targetLang}>{document.title}</h1>
      <div className="document-progress">
        <ProgressBar progress={document.progress} />
        <p>
          {t("view.progress", {
            approved: document.progress.approved,
            included: document.progress.included,
            percent: document.progress.approvedPercent,
          })}
        </p>
      </div>
      <p className="hint">{t("view.readOnly")}</p>
      <SideBySide document={document} />
    </section>
  );
}
