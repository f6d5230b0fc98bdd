"use client";

import { useTranslation } from "react-i18next";
import { MEMORY_MIN_SCORE } from "@/domain/memory/limits";
import type { MemoryMatchDto } from "@/server/services/memory/get-segment-suggestions.schema";
import { LocalTime } from "../local-time";
import { useErrorMessage } from "../api/use-error-message";
import type { MemorySuggestions as Suggestions } from "./use-memory-suggestions";

type Props = {
  suggestions: Suggestions;
  canInsert: boolean;
  onInsert: (match: MemoryMatchDto) => void;
};

/** The memory's matches for the selected paragraph: score, translation, what differs, where from; Insert or Ctrl+1..3. */
export function MemorySuggestions({ suggestions, canInsert, onInsert }: Props) {
  const { t, i18n } = useTranslation("memory");
  const describe = useErrorMessage();
  const percent = (score: number) => new Intl.NumberFormat(i18n.language, { style: "percent" }).format(score / 100);
  if (suggestions.status === "idle") return null;
  if (suggestions.status === "loading") return <p className="muted small">{t("searching")}</p>;
  if (suggestions.status === "error") return <p className="status-error small">{t("failed", { message: describe(suggestions.error) })}</p>;
  if (suggestions.matches.length === 0) return <p className="muted small" data-testid="memory-none">{t("none", { percent: percent(MEMORY_MIN_SCORE) })}</p>;
  return (
    <ol className="memory-list" data-testid="memory-matches">
      {suggestions.matches.map((match, index) => (
        <li key={match.unitId} className="memory-match" data-testid="memory-match">
          <div className="memory-match__meta small">
            <span className={`badge ${match.score === 100 ? "badge--approved" : "badge--kind"}`} data-testid="memory-score">
              {t("score", { percent: percent(match.score) })}
            </span>{" "}
            <span className="badge badge--kind">{t(`origin.${match.origin}`)}</span>
            {match.isSentence && <> <span className="badge badge--kind">{t("sentence")}</span></>}
          </div>
          <p className="memory-match__target" data-testid="memory-target">
            {match.target}
          </p>
          {match.diff.length > 0 && (
            <p className="diff small" aria-label={t("sourceDiff")} title={t("sourceDiff")}>
              {match.diff.map((part, key) =>
                part.type === "added" ? <ins key={key}>{part.text}</ins> : part.type === "removed" ? <del key={key}>{part.text}</del> : <span key={key}>{part.text}</span>,
              )}
            </p>
          )}
          <p className="muted small">
            {match.documentTitle && <>{t("where", { title: match.documentTitle })} · </>}
            {match.authorName && <>{t("by", { name: match.authorName })} · </>}
            <LocalTime iso={match.approvedAt} language={i18n.language} />
          </p>
          {canInsert && (
            <button
              type="button"
              className="button button--small"
              aria-label={t("insertLabel", { number: index + 1, percent: percent(match.score) })}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onInsert(match)}
              data-testid="memory-insert"
            >
              {t("insert")}
              {index < 3 && <kbd className="memory-match__key">{t("shortcut", { number: index + 1 })}</kbd>}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
