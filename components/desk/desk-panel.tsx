"use client";

import { useCallback, useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { isOverdue } from "@/domain/desk/priority";
import { languageName } from "@/domain/languages/language-tag";
import { getDeskContract, setAssignmentContract, setDocumentDeskContract, type DeskDto } from "@/server/services/desk/assignment.schema";
import { callRoute } from "../api/client";
import { useErrorMessage } from "../api/use-error-message";
import { ErrorAlert } from "../error-alert";
import { useLocalTimeFormat } from "../local-time";
import { AssignmentFields, type AssignmentDraft } from "./assignment-fields";
import { fromLocalInputValue, toLocalInputValue } from "./datetime";

/** The name of the window event the live-updates stream raises when the desk changed (use-live-document). */
export const DESK_CHANGED_EVENT = "vav:desk-changed";

const draftOf = (desk: DeskDto): AssignmentDraft => ({
  translatorId: desk.assignment.translator?.id ?? "",
  reviewerId: desk.assignment.reviewer?.id ?? "",
  publisherId: desk.assignment.publisher?.id ?? "",
  dueAt: toLocalInputValue(desk.assignment.dueAt),
  priority: desk.assignment.priority,
});

/**
 * The editor's desk (decision 023): who translates, reviews and publishes this language, by
 * when and how urgently, the article's embargo and confidentiality; a form for those who may
 * change them. Reloads when the live-updates stream says someone else changed them.
 */
export function DeskPanel({ documentId, viewerId, initial }: { documentId: string; viewerId: string; initial: DeskDto }) {
  const { t, i18n } = useTranslation("desk");
  const describe = useErrorMessage();
  const formatTime = useLocalTimeFormat(i18n.language);
  const [desk, setDesk] = useState(initial);
  const [draft, setDraft] = useState(() => draftOf(initial));
  const [embargo, setEmbargo] = useState(() => toLocalInputValue(initial.publishNotBefore));
  const [confidential, setConfidential] = useState(initial.confidential);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const lang = desk.assignment.lang;

  const reload = useCallback(async () => {
    const result = await callRoute(getDeskContract, { params: { id: documentId }, query: { lang } });
    if (!result.ok) return;
    setDesk(result.data);
    setDraft(draftOf(result.data));
    setEmbargo(toLocalInputValue(result.data.publishNotBefore));
    setConfidential(result.data.confidential);
  }, [documentId, lang]);

  useEffect(() => {
    const onChanged = (event: Event) => {
      const detail = (event as CustomEvent<{ lang: string | null; actorId: string; actorName: string }>).detail;
      // The viewer's own change is already shown; another language's assignment is not this panel's.
      if (detail.actorId === viewerId || (detail.lang !== null && detail.lang !== lang)) return;
      void reload().then(() => setNotice(t("form.changedElsewhere", { name: detail.actorName })));
    };
    window.addEventListener(DESK_CHANGED_EVENT, onChanged);
    return () => window.removeEventListener(DESK_CHANGED_EVENT, onChanged);
  }, [lang, reload, t, viewerId]);

  async function saveAssignment(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    setNotice(null);
    const result = await callRoute(setAssignmentContract, {
      params: { id: documentId },
      body: {
        lang,
        version: desk.assignment.version,
        translatorId: draft.translatorId || null,
        reviewerId: draft.reviewerId || null,
        publisherId: draft.publisherId || null,
        dueAt: fromLocalInputValue(draft.dueAt),
        priority: draft.priority,
      },
    });
    setIsBusy(false);
    if (!result.ok) {
      setError(describe(result.error));
      return;
    }
    setDesk({ ...desk, assignment: result.data });
    setNotice(t("form.saved"));
  }

  async function saveArticle(event: FormEvent) {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    setNotice(null);
    const result = await callRoute(setDocumentDeskContract, {
      params: { id: documentId },
      body: { publishNotBefore: fromLocalInputValue(embargo), confidential, version: desk.documentVersion },
    });
    setIsBusy(false);
    if (!result.ok) {
      setError(describe(result.error));
      return;
    }
    setDesk({ ...desk, ...result.data });
    setNotice(t("form.savedArticle"));
  }

  const { assignment } = desk;
  const person = (value: { name: string } | null) => value?.name ?? t("nobody");
  const overdue = assignment.dueAt !== null && isOverdue(new Date(assignment.dueAt), new Date());
  return (
    <section className="desk-panel" aria-labelledby="desk-title" data-testid="desk-panel">
      <h2 id="desk-title" className="visually-hidden">
        {t("title")}
      </h2>
      <p className="desk-summary" data-testid="desk-summary">
        <strong>{t("summary.assignment", { lang: languageName(lang, i18n.language) })}</strong>{" "}
        <span data-testid="desk-translator">
          {t("slotValue", { slot: t("slots.translator"), name: person(assignment.translator) })}
        </span>
        {" · "}
        <span data-testid="desk-reviewer">
          {t("slotValue", { slot: t("slots.reviewer"), name: person(assignment.reviewer) })}
        </span>
        {" · "}
        <span data-testid="desk-publisher">
          {t("slotValue", { slot: t("slots.publisher"), name: person(assignment.publisher) })}
        </span>
        {" · "}
        <span data-testid="desk-priority" className={assignment.priority === "NORMAL" ? undefined : "badge badge--warning"}>
          {t(`priorities.${assignment.priority}`)}
        </span>
        {" · "}
        <span data-testid="desk-due">{assignment.dueAt ? t("dueOn", { time: formatTime(assignment.dueAt) }) : t("noDue")}</span>
        {overdue && (
          <>
            {" "}
            <span className="badge badge--error" data-testid="desk-overdue">
              {t("overdue")}
            </span>
          </>
        )}
      </p>
      <p className="desk-summary">
        <span data-testid="desk-embargo">{desk.publishNotBefore ? t("summary.embargo", { time: formatTime(desk.publishNotBefore) }) : t("summary.noEmbargo")}</span>
        {desk.confidential && (
          <>
            {" · "}
            <span className="badge badge--warning" data-testid="desk-confidential">
              {t("summary.confidential")}
            </span>
          </>
        )}
      </p>
      <ErrorAlert message={error} />
      {notice && (
        <p role="status" className="status-ok" data-testid="desk-notice">
          {notice}
        </p>
      )}
      {desk.canManage && (
        <details className="desk-forms">
          <summary data-testid="desk-change">{t("form.change")}</summary>
          <form onSubmit={(event) => void saveAssignment(event)} data-testid="assignment-form">
            <AssignmentFields idPrefix="desk" draft={draft} candidates={desk.candidates} onChange={setDraft} />
            <button type="submit" className="button button--small" disabled={isBusy} data-testid="assignment-save">
              {t("form.save")}
            </button>
          </form>
          <form onSubmit={(event) => void saveArticle(event)} data-testid="article-desk-form">
            <h3>{t("form.articleTitle")}</h3>
            <div className="desk-fields">
              <div className="field field--inline">
                <label htmlFor="desk-embargo">{t("form.embargo")}</label>
                <input id="desk-embargo" type="datetime-local" value={embargo} aria-describedby="desk-embargo-hint" data-testid="desk-embargo-input" onChange={(event) => setEmbargo(event.target.value)} />
                <span id="desk-embargo-hint" className="muted small">
                  {t("form.embargoHint")}
                </span>
              </div>
              <div className="field field--check">
                <input id="desk-confidential" type="checkbox" checked={confidential} data-testid="desk-confidential-input" onChange={(event) => setConfidential(event.target.checked)} />
                <label htmlFor="desk-confidential">{t("form.confidential")}</label>
              </div>
            </div>
            <button type="submit" className="button button--small" disabled={isBusy} data-testid="article-desk-save">
              {t("form.saveArticle")}
            </button>
          </form>
        </details>
      )}
    </section>
  );
}
