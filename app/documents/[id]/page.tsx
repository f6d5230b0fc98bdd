import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DocumentEditor } from "@/components/editor/document-editor";
import { can, type Actor } from "@/server/auth/permissions";
import { requireActor } from "@/server/auth/session";
import { isAppError } from "@/server/errors";
import { getTranslator, resolveUiLanguage } from "@/server/i18n";
import { getDocument } from "@/server/services/documents/get-document";

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
  const language = await resolveUiLanguage(actor);
  const t = await getTranslator(language, "documents");
  const publishing = await getTranslator(language, "publishing");
  const replace = await getTranslator(language, "replace");
  // Only hides controls: every service checks the same rights again.
  const rights = {
    canEdit: can(actor, "segment:edit"),
    canSubmit: can(actor, "segment:submit"),
    canApprove: can(actor, "segment:approve"),
    canReject: can(actor, "segment:reject"),
    canExclude: can(actor, "segment:exclude"),
    canComment: can(actor, "segment:comment"),
    canUpdateSource: can(actor, "document:import"),
  };
  return (
    <section className="page page--wide">
      <p className="page-links">
        <Link href="/documents">← {t("view.back")}</Link>
        <span className="button-row">
          {can(actor, "text:replace") && (
            <Link href={`/replace?document=${document.id}`} className="button button--small button--quiet" data-testid="replace-link">
              {replace("open")}
            </Link>
          )}
          <Link href={`/documents/${document.id}/publish`} className="button button--small button--quiet" data-testid="publish-link">
            {publishing("open")}
          </Link>
        </span>
      </p>
      <h1 lang={document.targetLang}>{document.title}</h1>
      <DocumentEditor document={document} rights={rights} viewerId={actor.id} />
    </section>
  );
}
