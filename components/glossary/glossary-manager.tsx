"use client";

import { useState, type ChangeEvent, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useRouter } from "next/navigation";
import { languageName } from "@/domain/languages/language-tag";
import { formatVariants, parseVariants } from "@/domain/qa/glossary-variants";
import { starterNoteKey } from "@/domain/qa/starter-glossary";
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

function TermForm({ initial, onSubmit, onCancel, idPrefix, targetName }: { initial: Draft; onSubmit: (draft: Draft) => Promise<boolean>; onCancel?: () => void; idPrefix: string; targetName: string }) {
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
      {field("targetTerm", t("columns.target", { language: capitalised(targetName) }))}
      {field("forbidden", t("columns.forbidden", { language: targetName }), t("forbiddenHint"))}
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

/** Sentence case for a language name used as a heading ("espagnol" → "Espagnol"). */
const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

type Props = {
  initialTerms: GlossaryTermDto[];
  canManage: boolean;
  /** The pair's target language shown (BCP 47); the source is French. */
  lang: string;
  /** The target languages offered: those with terms and those of articles. */
  languages: string[];
};

export function GlossaryManager({ initialTerms, canManage, lang, languages }: Props) {
  const { t, i18n } = useTranslation("glossary");
  // A starter note the seed wrote, unchanged, reads in the interface language; any other as written.
  const noteOf = (term: GlossaryTermDto) => {
    const key = starterNoteKey(term);
    return key ? t(`starterNotes.${key}`) : term.note;
  };
  const router = useRouter();
  const targetName = languageName(lang, i18n.language);
  const describe = useErrorMessage();
  const [terms, setTerms] = useState(initialTerms);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function reload() {
    const result = await callRoute(listGlossaryTermsContract, { query: { lang } });
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
    const result = await callRoute(importGlossaryContract, { body: { format, content, lang } });
    await report(result, result.ok ? t("imported", { addedPart: t("addedTerms", { count: result.data.added }), updatedPart: t("updatedTerms", { count: result.data.updated }) }) : "");
    event.target.value = "";
  }

  return (
    <div>
      <div className="field field--inline">
        <label htmlFor="glossary-pair">{t("pair")}</label>
        <select id="glossary-pair" value={lang} onChange={(event) => router.push(`/glossary?lang=${encodeURIComponent(event.target.value)}`)}>
          {languages.map((language) => (
            <option key={language} value={language}>
              {t("pairOption", { language: languageName(language, i18n.language) })}
            </option>
          ))}
        </select>
      </div>
      <p>{t("intro")}</p>
      {message && <p role="status" className="alert alert--ok">{message}</p>}
      <ErrorAlert message={error} />
      <div className="button-row">
        <a href={routeUrl(exportGlossaryContract, {}, { format: "csv", lang })} download>{t("export")} CSV</a>
        <a href={routeUrl(exportGlossaryContract, {}, { format: "tbx", lang })} download>{t("export")} TBX</a>
      </div>
      {canManage ? (
        <>
          <h2>{t("add")}</h2>
          <TermForm idPrefix="new" targetName={targetName} initial={EMPTY} onSubmit={async (draft) => report(await callRoute(createGlossaryTermContract, { body: { ...toBody(draft), targetLang: lang } }), t("saved"))} />
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
            <th scope="col">{t("columns.target", { language: capitalised(targetName) })}</th>
            <th scope="col">{t("columns.forbidden", { language: targetName })}</th>
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
                    targetName={targetName}
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
                <td lang={lang}>{term.targetTerm}</td>
                <td lang={lang}>{term.forbidden.join(", ")}</td>
                <td data-testid="glossary-note">{noteOf(term)}</td>
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
