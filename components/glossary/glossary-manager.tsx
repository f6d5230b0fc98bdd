"use client";

import { useState, type ChangeEvent, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { formatVariants, parseVariants } from "@/domain/qa/glossary-variants";
import { createGlossaryTermContract } from "@/server/services/glossary/create-glossary-term.schema";
import { deleteGlossaryTermContract } from "@/server/services/glossary/delete-glossary-term.schema";
import { exportGlossaryContract } from "@/server/services/glossary/export-glossary.schema";
import type { GlossaryTermDto } from "@/server/services/glossary/glossary-term-dto.schema";
import { importGlossaryContract } from "@/server/services/glossary/import-glossary.schema";
import { listGlossaryTermsContract } from "@/server/services/glossary/list-glossary-terms.schema";
import { updateGlossaryTermContract } from "@/server/services/glossary/update-glossary-term.schema";
import { callRoute, routeUrl, type ApiResult } from "../api/client";
import { useErrorMessage } from "../api/use-error-message";
import { ErrorAlert } from "../error-alert";

type Draft = { sourceTerm: string; targetTerm: string; forbidden: string; caseSensitive: boolean; note: string };
const EMPTY: Draft = { sourceTerm: "", targetTerm: "", forbidden: "", caseSensitive: false, note: "" };
const toBody = (draft: Draft) => ({ ...draft, forbidden: parseVariants(draft.forbidden) });

function TermForm({ initial, onSubmit, onCancel, idPrefix }: { initial: Draft; onSubmit: (draft: Draft) => Promise<boolean>; onCancel?: () => void; idPrefix: string }) {
  const { t } = useTranslation("glossary");
  const [draft, setDraft] = useState(initial);
  const field = (key: keyof Draft, label: string, hint?: string) => (
    <div className="field field--inline">
      <label htmlFor={`${idPrefix}-${key}`}>{label}</label>
      <input id={`${idPrefix}-${key}`} value={String(draft[key])} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} required={key === "sourceTerm" || key === "targetTerm"} aria-describedby={hint ? `${idPrefix}-${key}-hint` : undefined} />
      {hint && <span id={`${idPrefix}-${key}-hint`} className="hint">{hint}</span>}
    </div>
  );
  return (
    <form
      className="toolbar glossary-form"
      onSubmit={async (event: FormEvent) => {
        event.preventDefault();
        if (await onSubmit(draft)) setDraft(initial);
      }}
    >
      {field("sourceTerm", t("columns.source"))}
      {field("targetTerm", t("columns.target"))}
      {field("forbidden", t("columns.forbidden"), t("forbiddenHint"))}
      {field("note", t("columns.note"))}
      <div className="field field--inline field--check">
        <input id={`${idPrefix}-case`} type="checkbox" checked={draft.caseSensitive} onChange={(e) => setDraft({ ...draft, caseSensitive: e.target.checked })} />
        <label htmlFor={`${idPrefix}-case`}>{t("caseSensitive")}</label>
      </div>
      <button type="submit" className="button button--small">{t("save")}</button>
      {onCancel && (
        <button type="button" className="button button--small button--quiet" onClick={onCancel}>
          {t("cancel")}
        </button>
      )}
    </form>
  );
}

export function GlossaryManager({ initialTerms, canManage }: { initialTerms: GlossaryTermDto[]; canManage: boolean }) {
  const { t } = useTranslation("glossary");
  const describe = useErrorMessage();
  const [terms, setTerms] = useState(initialTerms);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function reload() {
    const result = await callRoute(listGlossaryTermsContract, {});
    if (result.ok) setTerms(result.data);
  }
  async function report(result: ApiResult<unknown>, success: string) {
    if (!result.ok) {
      setError(describe(result.error));
      setMessage(null);
      return false;
    }
    setError(null);
    setMessage(success);
    await reload();
    return true;
  }
  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const content = await file.text();
    const format = file.name.toLowerCase().endsWith(".tbx") || content.includes("<martif") || content.includes("<tbx") ? "tbx" : "csv";
    const result = await callRoute(importGlossaryContract, { body: { format, content } });
    await report(result, result.ok ? t("imported", result.data) : "");
    event.target.value = "";
  }

  return (
    <div>
      <p>{t("intro")}</p>
      {message && <p role="status" className="alert alert--ok">{message}</p>}
      <ErrorAlert message={error} />
      <div className="button-row">
        <a href={routeUrl(exportGlossaryContract, {}, { format: "csv" })} download>{t("export")} CSV</a>
        <a href={routeUrl(exportGlossaryContract, {}, { format: "tbx" })} download>{t("export")} TBX</a>
      </div>
      {canManage ? (
        <>
          <h2>{t("add")}</h2>
          <TermForm idPrefix="new" initial={EMPTY} onSubmit={async (draft) => report(await callRoute(createGlossaryTermContract, { body: toBody(draft) }), t("saved"))} />
          <div className="field">
            <label htmlFor="glossary-import">{t("import")}</label>
            <input id="glossary-import" type="file" accept=".csv,.tbx,.xml,text/csv" onChange={(e) => void importFile(e)} />
          </div>
        </>
      ) : (
        <p className="muted">{t("readOnly")}</p>
      )}
      <table className="data-table" data-testid="glossary">
        <thead>
          <tr>
            <th scope="col">{t("columns.source")}</th>
            <th scope="col">{t("columns.target")}</th>
            <th scope="col">{t("columns.forbidden")}</th>
            <th scope="col">{t("columns.note")}</th>
            {canManage && <th scope="col">{t("columns.actions")}</th>}
          </tr>
        </thead>
        <tbody>
          {terms.map((term) =>
            editing === term.id ? (
              <tr key={term.id}>
                <td colSpan={5}>
                  <TermForm
                    idPrefix={`edit-${term.id}`}
                    initial={{ ...term, forbidden: formatVariants(term.forbidden) }}
                    onCancel={() => setEditing(null)}
                    onSubmit={async (draft) => {
                      const ok = await report(await callRoute(updateGlossaryTermContract, { params: { id: term.id }, body: { ...toBody(draft), version: term.version } }), t("saved"));
                      if (ok) setEditing(null);
                      return ok;
                    }}
                  />
                </td>
              </tr>
            ) : (
              <tr key={term.id} data-testid="glossary-term">
                <th scope="row" lang="fr">{term.sourceTerm}</th>
                <td lang="en">{term.targetTerm}</td>
                <td lang="en">{term.forbidden.join(", ")}</td>
                <td>{term.note}</td>
                {canManage && (
                  <td>
                    <div className="button-row">
                      <button type="button" className="button button--small button--quiet" onClick={() => setEditing(term.id)} aria-label={`${t("edit")}: ${term.sourceTerm}`}>
                        {t("edit")}
                      </button>
                      <button type="button" className="button button--small button--quiet" onClick={async () => {
                          if (window.confirm(t("confirmDelete", { term: term.sourceTerm }))) await report(await callRoute(deleteGlossaryTermContract, { params: { id: term.id } }), t("deleted"));
                        }} aria-label={`${t("delete")}: ${term.sourceTerm}`}>
                        {t("delete")}
                      </button>
                    </div>
                  </td>
                )}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
