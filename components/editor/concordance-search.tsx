"use client";

import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { highlightOccurrences } from "@/domain/memory/highlight";
import { CONCORDANCE_MIN_CHARS } from "@/domain/memory/limits";
import { searchMemoryContract, type ConcordanceDto } from "@/server/services/memory/search-memory.schema";
import { callRoute } from "../api/client";
import { useErrorMessage } from "../api/use-error-message";
import { ErrorAlert } from "../error-alert";
import { LocalTime } from "../local-time";

function Highlighted({ text, query, lang }: { text: string; query: string; lang: string }) {
  return (
    <span lang={lang}>
      {highlightOccurrences(text, query).map((part, index) => (part.isMatch ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </span>
  );
}

/** Concordance: a word or phrase looked up across the memory, French or translation, with the translation each time. */
export function ConcordanceSearch({ sourceLang, targetLang }: { sourceLang: string; targetLang: string }) {
  const { t, i18n } = useTranslation("memory");
  const describe = useErrorMessage();
  const [query, setQuery] = useState("");
  const [searched, setSearched] = useState("");
  const [result, setResult] = useState<ConcordanceDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function load(q: string, page: number) {
    setIsBusy(true);
    const answer = await callRoute(searchMemoryContract, { query: { q, lang: targetLang, page } });
    setIsBusy(false);
    if (!answer.ok) {
      setError(describe(answer.error));
      return;
    }
    setError(null);
    setSearched(q);
    setResult((previous) => (page > 1 && previous ? { ...answer.data, entries: [...previous.entries, ...answer.data.entries] } : answer.data));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void load(query.trim(), 1);
  }

  return (
    <div className="concordance" data-testid="concordance">
      <form onSubmit={submit} role="search" className="field field--inline">
        <label htmlFor="concordance-query">{t("concordance.label")}</label>
        <input
          id="concordance-query"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          minLength={CONCORDANCE_MIN_CHARS}
          placeholder={t("concordance.placeholder")}
        />
        <button type="submit" className="button button--small" disabled={isBusy || query.trim().length < CONCORDANCE_MIN_CHARS}>
          {t("concordance.search")}
        </button>
      </form>
      <ErrorAlert message={error} />
      {result && (
        <>
          <p className="muted small" aria-live="polite">
            {result.hasMore ? t("concordance.shownMore", { count: result.entries.length }) : t("concordance.shown", { count: result.entries.length })}
          </p>
          <ol className="memory-list">
            {result.entries.map((entry) => (
              <li key={entry.unitId} className="memory-match" data-testid="concordance-entry">
                <p className="memory-match__target">
                  <Highlighted text={entry.source} query={searched} lang={sourceLang} />
                </p>
                <p className="memory-match__target">
                  <Highlighted text={entry.target} query={searched} lang={targetLang} />
                </p>
                <p className="muted small">
                  {t(`origin.${entry.origin}`)}
                  {entry.documentTitle && <> · {t("where", { title: entry.documentTitle })}</>} · <LocalTime iso={entry.approvedAt} language={i18n.language} />
                </p>
              </li>
            ))}
          </ol>
          {result.hasMore && (
            <button type="button" className="button button--small button--quiet" disabled={isBusy} onClick={() => void load(searched, result.page + 1)}>
              {t("concordance.more")}
            </button>
          )}
        </>
      )}
    </div>
  );
}
