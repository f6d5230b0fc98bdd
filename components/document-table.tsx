"use client";

import Link from "next/link";
import { useTranslation } from "react-i18next";
import type { DocumentSummaryDto } from "@/server/services/documents/list-documents.schema";
import { LocalTime } from "./local-time";
import { ProgressBar } from "./progress-bar";

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
              <div className="muted">{t(`statuses.${document.status}`, { defaultValue: document.status })}</div>
            </th>
            <td>
              {t("list.languagePair", {
                source: t(`common:languages.${document.sourceLang}`, { defaultValue: document.sourceLang }),
                target: t(`common:languages.${document.targetLang}`, { defaultValue: document.targetLang }),
              })}
            </td>
            <td className="progress-cell">
              <ProgressBar progress={document.progress} />
              <div>{t("list.progressSummary", document.progress)}</div>
              <div className="muted">{t("list.progressDetail", document.progress)}</div>
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
