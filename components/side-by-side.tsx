"use client";

import { useRef, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import type { DocumentDto } from "@/server/services/get-document";

const ROW_KEYS: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (i, last) => Math.min(i + 1, last),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, last) => last,
};

/**
 * The read-only bilingual view: one row per paragraph, source left, translation right.
 * Rows form one tab stop; arrow keys, Home and End move between them.
 */
export function SideBySide({ document }: { document: DocumentDto }) {
  const { t } = useTranslation("documents");
  const rows = useRef<(HTMLTableRowElement | null)[]>([]);
  const sourceLanguage = t(`common:languages.${document.sourceLang}`, { defaultValue: document.sourceLang });
  const targetLanguage = t(`common:languages.${document.targetLang}`, { defaultValue: document.targetLang });

  function onKeyDown(event: KeyboardEvent<HTMLTableRowElement>, index: number) {
    const move = ROW_KEYS[event.key];
    if (!move) return;
    event.preventDefault();
    const next = rows.current[move(index, document.segments.length - 1)];
    next?.focus();
  }

  return (
    <table className="bilingual">
      <caption className="visually-hidden">
        {t("view.caption", { source: sourceLanguage, target: targetLanguage })}
      </caption>
      <thead>
        <tr>
          <th scope="col" className="bilingual__info">
            {t("view.infoColumn")}
          </th>
          <th scope="col">{t("view.sourceColumn", { language: sourceLanguage })}</th>
          <th scope="col">{t("view.targetColumn", { language: targetLanguage })}</th>
        </tr>
      </thead>
      <tbody>
        {document.segments.map((segment, index) => (
          <tr
            key={segment.id}
            ref={(element) => {
              rows.current[index] = element;
            }}
            tabIndex={index === 0 ? 0 : -1}
            onKeyDown={(event) => onKeyDown(event, index)}
            onFocus={(event) => {
              rows.current.forEach((row) => row?.setAttribute("tabindex", "-1"));
              event.currentTarget.setAttribute("tabindex", "0");
            }}
            className={`segment segment--${segment.kind.toLowerCase()} state--${segment.state.toLowerCase()}`}
            data-testid="segment-row"
            data-kind={segment.kind}
            data-state={segment.state}
          >
            <th scope="row" className="bilingual__info">
              <div className="segment-meta">
                <span className="position">{t("view.position", { number: index + 1 })}</span>
                <span className="badge badge--kind">{t(`kinds.${segment.kind}`)}</span>
                <span className={`badge badge--state badge--${segment.state.toLowerCase()}`}>{t(`states.${segment.state}`)}</span>
              </div>
            </th>
            <td lang={document.sourceLang} className="bilingual__text" data-testid="segment-source">
              {segment.sourceText}
            </td>
            <td lang={document.targetLang} className="bilingual__text" data-testid="segment-target">
              {segment.targetText === "" ? <span className="muted">{t("view.emptyTarget")}</span> : segment.targetText}
              {segment.lastEditorName && (
                <div className="muted small">{t("view.lastEditor", { name: segment.lastEditorName })}</div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
