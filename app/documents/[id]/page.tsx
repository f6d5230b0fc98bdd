import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { DocumentEditor } from "@/components/editor/document-editor";
import { DensityToggle } from "@/components/editor/density-toggle";
import { getEditorDensity } from "@/server/services/users/update-editor-density";
import { updateEditorDensityAction } from "@/app/settings/account/actions";
import { AddLanguage } from "@/components/editor/add-language";
import { can, type Actor } from "@/server/auth/permissions";
import { requireActor } from "@/server/auth/session";
import { isAppError } from "@/server/errors";
import { getTranslator, resolveUiLanguage } from "@/server/i18n";
import { getDocument } from "@/server/services/documents/get-document";
import { listTranslations } from "@/server/services/translations/list-translations";
import { DeskPanel } from "@/components/desk/desk-panel";
import { getDesk } from "@/server/services/desk/get-desk";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ lang?: string | string[] }> };

/**
 * The translation named by `?lang=`; without one, English, or the first language the account may
 * work on. Read once per request: the title (metadata) and the page share it, so a long
 * document's paragraphs are not loaded twice.
 */
const loadDocument = cache(async (actor: Actor, documentId: string, lang: string | undefined) => {
  try {
    return await getDocument({ actor, documentId, lang });
  } catch (error) {
    if (isAppError(error) && lang === undefined && (error.code === "NOT_FOUND" || error.code === "LANGUAGE_NOT_ALLOWED")) {
      const [first] = await listTranslations({ actor, documentId }).catch(() => []);
      if (first) redirect(`/documents/${documentId}?lang=${encodeURIComponent(first.lang)}`);
    }
    // A language the account may not work on: the article in a language it may, rather than a dead end.
    if (isAppError(error) && lang !== undefined && error.code === "LANGUAGE_NOT_ALLOWED") redirect(`/documents/${documentId}`);
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN" || error.code === "LANGUAGE_NOT_ALLOWED" || error.code === "INVALID_INPUT")) notFound();
    throw error;
  }
});

const langOf = (value: string | string[] | undefined) => (typeof value === "string" && value !== "" ? value : undefined);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { id } = await params;
  const actor = await requireActor(`/documents/${id}`);
  return { title: (await loadDocument(actor, id, langOf((await searchParams).lang))).title };
}

export default async function DocumentPage({ params, searchParams }: Props) {
  const { id } = await params;
  const lang = langOf((await searchParams).lang);
  const actor = await requireActor(`/documents/${id}${lang ? `?lang=${encodeURIComponent(lang)}` : ""}`);
  const document = await loadDocument(actor, id, lang);
  const langQuery = `?lang=${encodeURIComponent(document.targetLang)}`;
  const desk = await getDesk({ actor, documentId: id, lang: document.targetLang });
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
    // The service also requires every language of the article: an account without a language limit has them.
    canUpdateSource: can(actor, "document:import") && (actor.targetLangs ?? []).length === 0,
  };
  return (
    <section className="page page--wide">
      <p className="page-links">
        <Link href="/documents">← {t("view.back")}</Link>
        <span className="button-row">
          {can(actor, "text:replace") && (
            <Link href={`/replace?document=${document.id}&lang=${encodeURIComponent(document.targetLang)}`} className="button button--small button--quiet" data-testid="replace-link">
              {replace("open")}
            </Link>
          )}
          <DensityToggle density={await getEditorDensity({ actor })} updateEditorDensityAction={updateEditorDensityAction} />
          <Link href={`/documents/${document.id}/publish${langQuery}`} className="button button--small button--quiet" data-testid="publish-link">
            {publishing("open")}
          </Link>
        </span>
      </p>
      <h1 lang={document.targetLang}>{document.title}</h1>
      <DeskPanel key={`desk-${document.targetLang}`} documentId={document.id} viewerId={actor.id} initial={desk} />
      {/* One editor per language: its save queue, drafts and filters belong to the translation shown. */}
      <DocumentEditor
        key={document.targetLang}
        document={document}
        rights={rights}
        viewerId={actor.id}
        density={await getEditorDensity({ actor })}
        languageActions={
          can(actor, "document:import") && <AddLanguage documentId={document.id} sourceLang={document.sourceLang} existing={document.languages.map((language) => language.lang)} />
        }
      />
    </section>
  );
}
