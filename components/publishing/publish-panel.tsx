"use client";

import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { EXPORT_FORMATS } from "@/domain/exporters/types";
import type { QueryOf } from "@/server/api/contract";
import { diffPublicationsContract, type PublicationDiffDto } from "@/server/services/publishing/diff-publications.schema";
import { exportDocumentContract } from "@/server/services/publishing/export-document.schema";
import { getPublishChecklistContract, type PublishChecklistDto } from "@/server/services/publishing/get-publish-checklist.schema";
import { listPublicationsContract } from "@/server/services/publishing/list-publications.schema";
import type { PublicationSummaryDto } from "@/server/services/publishing/publication-summary.schema";
import { publishDocumentContract } from "@/server/services/publishing/publish-document.schema";
import { callRoute, routeUrl } from "../api/client";
import { useErrorMessage } from "../api/use-error-message";
import { LocalTime, useLocalTimeFormat } from "../local-time";
import { QualityChecklistItem } from "../quality/quality-checklist-item";

export type PublishRights = { canPublish: boolean; canOverride: boolean; canExportDraft: boolean };

type Props = { documentId: string; /** The translation published and exported (BCP 47). */ lang: string; initialChecklist: PublishChecklistDto; initialPublications: PublicationSummaryDto[]; rights: PublishRights };

/** Which export a download list offers: a published version, or the current state as a draft. */
type ExportChoice = Omit<QueryOf<typeof exportDocumentContract>, "format" | "lang">;

/** The editor showing only the paragraphs that keep one checklist item from passing (filters.ts reads `blocker`). */
const editorLink = (documentId: string, lang: string, code: string) => `/documents/${documentId}?${new URLSearchParams({ lang, blocker: code }).toString()}`;

function Checklist({ checklist, documentId, lang }: { checklist: PublishChecklistDto; documentId: string; lang: string }) {
  const { t, i18n } = useTranslation("publishing");
  const formatTime = useLocalTimeFormat(i18n.language);
  return (
    <section aria-labelledby="checklist-title" className="form-card">
      <h2 id="checklist-title">{t("checklist.title")}</h2>
      <ul className="checklist" data-testid="checklist">
        {checklist.items.map((item) => (
          <li key={item.code} className={item.isOk ? "checklist__ok" : "checklist__blocked"} data-testid={`check-${item.code}`} data-ok={item.isOk}>
            <span aria-hidden="true">{item.isOk ? "✓" : "✗"}</span> {t(`checklist.items.${item.code}`, item.until ? { time: formatTime(item.until) } : {})}
            {!item.isOk && item.paragraphs.length > 0 && (
              <div className="muted small">
                {t("checklist.paragraphs", { list: item.paragraphs.slice(0, 30).join(", ") + (item.paragraphs.length > 30 ? "…" : "") })}{" "}
                <a href={editorLink(documentId, lang, item.code)} data-testid={`fix-${item.code}`}>
                  {t("checklist.showInEditor", { count: item.paragraphs.length })}
                </a>
              </div>
            )}
          </li>
        ))}
        <QualityChecklistItem quality={checklist.quality} />
      </ul>
      <p className={checklist.isPublishable ? "status-ok" : "status-error"} data-testid="checklist-summary">
        {checklist.isPublishable ? t("checklist.ready") : t("checklist.blocked")}
      </p>
    </section>
  );
}

/** The final article as publishing it now would freeze it: the same Article the HTML export writes out. */
function ArticlePreview({ article }: { article: PublishChecklistDto["preview"] }) {
  const { t } = useTranslation("publishing");
  return (
    <section aria-labelledby="preview-title" className="form-card">
      <h2 id="preview-title">{t("preview.title")}</h2>
      <p className="hint">{t("preview.hint")}</p>
      <article className="article-preview" lang={article.language} data-testid="article-preview">
        <h3>{article.title || <span className="muted">{t("preview.noTitle")}</span>}</h3>
        {article.byline && <p className="small">{article.byline}</p>}
        {article.readingTime && <p className="small muted">{article.readingTime}</p>}
        {article.caption && <p className="small">{article.caption}</p>}
        {article.body.map((block, index) => (
          <p key={index} className={block.kind === "CREDIT" ? "small muted" : undefined}>
            {block.text}
          </p>
        ))}
        {article.tags.length > 0 && <p className="small">{t("preview.tags", { list: article.tags.join(", ") })}</p>}
      </article>
    </section>
  );
}

function Downloads({ documentId, lang, choice, label }: { documentId: string; lang: string; choice: ExportChoice; label: string }) {
  const { t } = useTranslation("publishing");
  return (
    <ul className="downloads">
      {EXPORT_FORMATS.map((format) => (
        <li key={format}>
          <a href={routeUrl(exportDocumentContract, { id: documentId }, { format, lang, ...choice })} download aria-label={`${label}: ${t(`formats.${format}`)}`}>
            {t(`formats.${format}`)}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function PublishPanel({ documentId, lang, initialChecklist, initialPublications, rights }: Props) {
  const { t, i18n } = useTranslation("publishing");
  const describe = useErrorMessage();
  const [checklist, setChecklist] = useState(initialChecklist);
  const [publications, setPublications] = useState(initialPublications);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  /** The version the last attempt would have repeated, awaiting the publisher's confirmation. */
  const [identicalTo, setIdenticalTo] = useState<{ number: number; overrideReason?: string } | null>(null);
  const [reason, setReason] = useState("");
  const [compare, setCompare] = useState({ from: "", to: "" });
  const [diff, setDiff] = useState<PublicationDiffDto["diff"] | null>(null);

  async function refresh() {
    const [nextChecklist, nextPublications] = await Promise.all([
      callRoute(getPublishChecklistContract, { params: { id: documentId }, query: { lang } }),
      callRoute(listPublicationsContract, { params: { id: documentId }, query: { lang } }),
    ]);
    if (nextChecklist.ok) setChecklist(nextChecklist.data);
    if (nextPublications.ok) setPublications(nextPublications.data);
  }

  async function publish(overrideReason?: string, confirmIdentical = false) {
    setIsBusy(true);
    setMessage(null);
    setIdenticalTo(null);
    const body = { lang, ...(overrideReason === undefined ? {} : { overrideReason }), ...(confirmIdentical ? { confirmIdentical } : {}) };
    const result = await callRoute(publishDocumentContract, { params: { id: documentId }, body });
    setIsBusy(false);
    if (!result.ok && result.error.code === "PUBLICATION_IDENTICAL") setIdenticalTo({ number: Number(result.error.params.number), overrideReason });
    if (result.ok) {
      setMessage({ kind: "ok", text: t("publish.done", { number: result.data.number }) });
      setReason("");
    } else {
      setMessage({ kind: "error", text: describe(result.error) });
    }
    await refresh();
  }

  async function showDiff(event: FormEvent) {
    event.preventDefault();
    const result = await callRoute(diffPublicationsContract, { params: { id: documentId }, query: { lang, from: compare.from, to: compare.to } });
    if (result.ok) setDiff(result.data.diff);
    else setMessage({ kind: "error", text: describe(result.error) });
  }

  return (
    <div className="publish-grid">
      <div>
        <Checklist checklist={checklist} documentId={documentId} lang={lang} />
        <section aria-labelledby="publish-title" className="form-card">
          <h2 id="publish-title">{t("publish.button")}</h2>
          {message && (
            <p role={message.kind === "ok" ? "status" : "alert"} className={`alert alert--${message.kind === "ok" ? "ok" : "error"}`} data-testid="publish-message">
              {message.text}
            </p>
          )}
          {identicalTo !== null && rights.canPublish && (
            <p>
              <button type="button" className="button button--quiet" disabled={isBusy} onClick={() => void publish(identicalTo.overrideReason, true)} data-testid="publish-identical">
                {t("publish.identicalConfirm", { number: identicalTo.number })}
              </button>
            </p>
          )}
          {rights.canPublish ? (
            <button type="button" className="button" disabled={isBusy || !checklist.isPublishable} onClick={() => void publish()} data-testid="publish-button">
              {isBusy ? t("publish.publishing") : t("publish.button")}
            </button>
          ) : (
            <p className="muted">{t("publish.notAllowed")}</p>
          )}
          {rights.canOverride && !checklist.isPublishable && (
            <form
              className="override"
              onSubmit={(event) => {
                event.preventDefault();
                void publish(reason);
              }}
            >
              <h3>{t("publish.overrideTitle")}</h3>
              <div className="field">
                <label htmlFor="override-reason">{t("publish.overrideReason")}</label>
                <textarea id="override-reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={2} required />
              </div>
              <button type="submit" className="button button--danger" disabled={isBusy || reason.trim() === ""}>
                {t("publish.overrideButton")}
              </button>
            </form>
          )}
        </section>
        <ArticlePreview article={checklist.preview} />
        {rights.canExportDraft && (
          <section aria-labelledby="draft-title" className="form-card">
            <h2 id="draft-title">{t("draft.title")}</h2>
            <p className="hint">{t("draft.hint")}</p>
            <Downloads documentId={documentId} lang={lang} choice={{ draft: "1" }} label={t("draft.download")} />
          </section>
        )}
      </div>
      <section aria-labelledby="publications-title" className="form-card">
        <h2 id="publications-title">{t("publications.title")}</h2>
        {publications.length === 0 && <p className="muted">{t("publications.none")}</p>}
        <ol className="publication-list" data-testid="publications">
          {publications.map((publication) => (
            <li key={publication.number} data-testid="publication">
              <h3>{t("publications.version", { number: publication.number })}</h3>
              <p className="small">
                {t("publications.by", { name: publication.publishedByName })} · <LocalTime iso={publication.createdAt} language={i18n.language} />
                <br />
                <span className="muted">{t("publications.hash", { hash: publication.contentHash.slice(0, 12) })}</span>
              </p>
              {publication.overrideReason && <p className="status-warn small">{t("publications.override", { reason: publication.overrideReason })}</p>}
              <Downloads documentId={documentId} lang={lang} choice={{ version: publication.number }} label={`${t("publications.download")} ${t("publications.version", { number: publication.number })}`} />
            </li>
          ))}
        </ol>
        {publications.length > 1 && (
          <form onSubmit={showDiff} className="compare">
            <h3>{t("publications.compare")}</h3>
            <div className="toolbar">
              {(["from", "to"] as const).map((end) => (
                <div key={end} className="field field--inline">
                  <label htmlFor={`compare-${end}`}>{t(`publications.${end}`)}</label>
                  <select id={`compare-${end}`} value={compare[end]} onChange={(e) => setCompare({ ...compare, [end]: e.target.value })} required>
                    <option value="" />
                    {publications.map((p) => (
                      <option key={p.number} value={p.number}>
                        {p.number}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
              <button type="submit" className="button button--small">
                {t("publications.show")}
              </button>
            </div>
            {diff && (
              <p className="diff" data-testid="publication-diff">
                {diff.every((part) => part.type === "same")
                  ? t("publications.noChange")
                  : diff.map((part, index) =>
                      part.type === "added" ? <ins key={index}>{part.text}</ins> : part.type === "removed" ? <del key={index}>{part.text}</del> : <span key={index}>{part.text}</span>,
                    )}
              </p>
            )}
          </form>
        )}
      </section>
    </div>
  );
}
