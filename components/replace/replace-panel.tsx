"use client";

import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { applyReplaceContract } from "@/server/services/replace/apply-replace.schema";
import { previewReplaceContract, type ReplaceMatchDto } from "@/server/services/replace/preview-replace.schema";
import { undoBatchContract } from "@/server/services/batches/undo-batch.schema";
import { callRoute } from "../api/client";
import { useErrorMessage } from "../api/use-error-message";
import { ErrorAlert } from "../error-alert";

type Options = { find: string; replacement: string; isRegex: boolean; isCaseSensitive: boolean; isWholeWord: boolean; scope: "document" | "all" };

/** Searches one target language (the editor's, from `?lang=`; English otherwise) in one article or every article. */
export function ReplacePanel({ documentId, lang }: { documentId: string | null; lang: string }) {
  const { t } = useTranslation("replace");
  const describeApi = useErrorMessage();
  const describe = (error: Parameters<typeof describeApi>[0]) =>
    error.code === "INVALID_INPUT" && typeof error.params.reason === "string" ? t(`errors.${error.params.reason}`, { defaultValue: describeApi(error) }) : describeApi(error);
  const [options, setOptions] = useState<Options>({ find: "", replacement: "", isRegex: false, isCaseSensitive: false, isWholeWord: false, scope: documentId ? "document" : "all" });
  const [matches, setMatches] = useState<ReplaceMatchDto[] | null>(null);
  const [isTruncated, setIsTruncated] = useState(false);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<{ text: string; batchId: string | null } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const body = () => ({ ...options, lang, documentId: options.scope === "document" && documentId ? documentId : undefined, scope: undefined });

  async function preview(event?: FormEvent) {
    event?.preventDefault();
    setError(null);
    const result = await callRoute(previewReplaceContract, { body: body() });
    if (!result.ok) return setError(describe(result.error));
    setMatches(result.data.matches);
    setIsTruncated(result.data.isTruncated);
    setChosen(new Set(result.data.matches.map((m) => m.segmentId)));
  }

  async function apply() {
    if (!matches) return;
    const segments = matches.filter((m) => chosen.has(m.segmentId)).map((m) => ({ id: m.segmentId, version: m.version }));
    const result = await callRoute(applyReplaceContract, { body: { ...body(), segments } });
    if (!result.ok) return setError(describe(result.error));
    setNotice({ text: [t("done", { count: result.data.replaced }), result.data.skipped ? t("skipped", { count: result.data.skipped }) : ""].join(" ").trim(), batchId: result.data.batchId });
    setMatches(null);
  }

  async function undo(batchId: string) {
    const result = await callRoute(undoBatchContract, { params: { id: batchId } });
    if (!result.ok) return setError(describe(result.error));
    setNotice({ text: t("undone", { count: result.data.restored }), batchId: null });
  }

  const check = (key: "isRegex" | "isCaseSensitive" | "isWholeWord") => (
    <div className="field field--inline field--check">
      <input id={`replace-${key}`} type="checkbox" checked={options[key]} onChange={(e) => setOptions({ ...options, [key]: e.target.checked })} />
      <label htmlFor={`replace-${key}`}>{t(key)}</label>
    </div>
  );

  return (
    <div>
      <form className="toolbar" onSubmit={preview}>
        <div className="field field--inline field--grow">
          <label htmlFor="replace-find">{t("find")}</label>
          <input id="replace-find" value={options.find} onChange={(e) => setOptions({ ...options, find: e.target.value })} required maxLength={200} />
        </div>
        <div className="field field--inline field--grow">
          <label htmlFor="replace-with">{t("replacement")}</label>
          <input id="replace-with" value={options.replacement} onChange={(e) => setOptions({ ...options, replacement: e.target.value })} maxLength={2000} />
        </div>
        {check("isRegex")}
        {check("isCaseSensitive")}
        {check("isWholeWord")}
        {documentId && (
          <div className="field field--inline">
            <label htmlFor="replace-scope">{t("scope")}</label>
            <select id="replace-scope" value={options.scope} onChange={(e) => setOptions({ ...options, scope: e.target.value as Options["scope"] })}>
              <option value="document">{t("scopeDocument")}</option>
              <option value="all">{t("scopeAll")}</option>
            </select>
          </div>
        )}
        <button type="submit" className="button button--small">{t("preview")}</button>
      </form>
      <ErrorAlert message={error} />
      {notice && (
        <p role="status" className="alert alert--ok" data-testid="replace-notice">
          {notice.text}{" "}
          {notice.batchId && (
            <button type="button" className="button button--small button--quiet" onClick={() => void undo(notice.batchId as string)}>
              {t("undo")}
            </button>
          )}
        </p>
      )}
      {matches && (
        <div>
          <p>{matches.length === 0 ? t("none") : t("matches", { count: matches.length })}</p>
          {isTruncated && <p className="status-warn">{t("truncated", { count: matches.length })}</p>}
          <ul className="replace-matches">
            {matches.map((match) => (
              <li key={match.segmentId} data-testid="replace-match">
                <input
                  id={`choose-${match.segmentId}`}
                  type="checkbox"
                  checked={chosen.has(match.segmentId)}
                  onChange={(e) => {
                    const next = new Set(chosen);
                    if (e.target.checked) next.add(match.segmentId);
                    else next.delete(match.segmentId);
                    setChosen(next);
                  }}
                />
                <label htmlFor={`choose-${match.segmentId}`}>{t("choose", { document: match.documentTitle, paragraph: match.paragraph })}</label>
                <div className="replace-texts">
                  <p><span className="muted small">{t("before")}</span> <del lang={lang}>{match.before}</del></p>
                  <p><span className="muted small">{t("after")}</span> <ins lang={lang}>{match.after}</ins></p>
                </div>
              </li>
            ))}
          </ul>
          {matches.length > 0 && (
            <button type="button" className="button" disabled={chosen.size === 0} onClick={() => void apply()} data-testid="apply-replace">
              {t("apply", { count: chosen.size })}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
