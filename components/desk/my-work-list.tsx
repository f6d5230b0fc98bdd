"use client";

import Link from "next/link";
import { useTranslation } from "react-i18next";
import { languageName } from "@/domain/languages/language-tag";
import type { MyWorkDto } from "@/server/services/desk/list-my-work.schema";
import { LocalTime } from "../local-time";

/** The articles of "My work", each with what waits for the reader in it, the most pressing first. */
export function MyWorkList({ articles }: { articles: MyWorkDto["articles"] }) {
  const { t, i18n } = useTranslation("desk");
  if (articles.length === 0) return <p data-testid="my-work-empty">{t("myWork.empty")}</p>;
  return (
    <table className="data-table" data-testid="my-work">
      <caption className="visually-hidden">{t("myWork.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("myWork.columns.article")}</th>
          <th scope="col">{t("myWork.columns.work")}</th>
          <th scope="col">{t("myWork.columns.priority")}</th>
          <th scope="col">{t("myWork.columns.due")}</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((article) => {
          const first = article.items[0];
          return (
            <tr key={article.documentId} data-testid="my-work-article" data-overdue={article.items.some((item) => item.isOverdue)}>
              <th scope="row">
                <Link href={`/documents/${article.documentId}?lang=${encodeURIComponent(first.lang)}`}>{article.title}</Link>
                {article.confidential && (
                  <div className="badge badge--warning" data-testid="my-work-confidential">
                    {t("form.confidential")}
                  </div>
                )}
              </th>
              <td>
                <ul className="my-work-items">
                  {article.items.map((item) => {
                    const lang = languageName(item.lang, i18n.language);
                    const label = item.slot === "publisher" ? t("myWork.publisher", { lang }) : t(`myWork.${item.slot}`, { count: item.paragraphs, lang });
                    return (
                      <li key={`${item.lang}-${item.slot}`} data-testid="my-work-item" data-slot={item.slot}>
                        <Link href={`/documents/${article.documentId}${item.slot === "publisher" ? "/publish" : ""}?lang=${encodeURIComponent(item.lang)}`}>{label}</Link>
                      </li>
                    );
                  })}
                </ul>
              </td>
              <td>
                <span className={first.priority === "NORMAL" ? undefined : "badge badge--warning"} data-testid="my-work-priority">
                  {t(`priorities.${first.priority}`)}
                </span>
              </td>
              <td>
                {first.dueAt ? <LocalTime iso={first.dueAt} language={i18n.language} /> : t("noDue")}
                {article.items.some((item) => item.isOverdue) && (
                  <>
                    {" "}
                    <span className="badge badge--error" data-testid="my-work-overdue">
                      {t("overdue")}
                    </span>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
