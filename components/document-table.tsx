"use client";

import Link from "next/link";
import { useTranslation } from "react-i18next";
import type { DocumentSummaryDto } from "@/server/services/documents/list-documents.schema";
import { LocalTime } from "./local-time";
import { ProgressBar } from "./progress-bar";
import { languageName } from "@/domain/languages/language-tag";

export function DocumentTable({ documents }: { documents: DocumentSummaryDto[] }) {
  const { t, i18n } = useTranslation("documents");
  if (documents.length === 0) return <p>{t("list.empty")}</p>;
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t("list.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("list.columns.title")}</th>
          <th scope="col">{t("list.columns.languages")}</th>
          <th scope="col">{t("list.columns.progress")}</th>
          <th scope="col">{t("list.columns.updated")}</th>
        </tr>
      </thead>
      <tbody>
        {documents.map((document) => (
          <tr key={document.id} data-testid="document-row">
            <th scope="row">
              <Link href={`/documents/${document.id}`}>{document.title}</Link>
              {document.isSourceUpdatedSincePublication && <div className="badge badge--warning" data-testid="source-updated-badge">{t("list.sourceUpdated")}</div>}
            </th>
            <td>{t(`common:languages.${document.sourceLang}`, { defaultValue: languageName(document.sourceLang, i18n.language) })}</td>
            <td className="progress-cell">
              <ul className="language-progress">
                {document.languages.map((language) => (
                  <li key={language.lang} data-testid="language-progress" data-lang={language.lang}>
                    <Link href={`/documents/${document.id}?lang=${encodeURIComponent(language.lang)}`}>
                      <strong>{languageName(language.lang, i18n.language)}</strong>
                    </Link>{" "}
                    <span className="muted">{t(`statuses.${language.status}`, { defaultValue: language.status })}</span>
                    <ProgressBar progress={language.progress} />
                    <div className="small">{t("list.progressSummary", { ...language.progress, count: language.progress.approved })}</div>
                  </li>
                ))}
              </ul>
            </td>
            <td>
              <LocalTime iso={document.updatedAt} language={i18n.language} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
