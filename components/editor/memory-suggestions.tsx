"use client";

import { useTranslation } from "react-i18next";
import { MEMORY_MIN_SCORE } from "@/domain/memory/limits";
import type { MemoryMatchDto, SentenceSuggestionsDto } from "@/server/services/memory/get-segment-suggestions.schema";
import { LocalTime } from "../local-time";
import { useErrorMessage } from "../api/use-error-message";
import type { MemorySuggestions as Suggestions } from "./use-memory-suggestions";

type Props = {
  suggestions: Suggestions;
  canInsert: boolean;
  onInsert: (match: MemoryMatchDto) => void;
  /** Inserts a match of one sentence (its index in the paragraph) into the paragraph's translation. */
  onInsertSentence: (match: MemoryMatchDto, sentence: SentenceSuggestionsDto) => void;
};

/**
 * The memory's matches for the selected paragraph: score, translation, what differs, where from;
 * Insert or Ctrl+1..3. For a paragraph of several sentences, then each sentence's own matches,
 * each with its Insert (decision 020: replaces that sentence, or is added at the end).
 */
export function MemorySuggestions({ suggestions, canInsert, onInsert, onInsertSentence }: Props) {
  const { t, i18n } = useTranslation("memory");
  const describe = useErrorMessage();
  const percent = (score: number) => new Intl.NumberFormat(i18n.language, { style: "percent" }).format(score / 100);
  if (suggestions.status === "idle") return null;
  if (suggestions.status === "loading") return <p className="muted small">{t("searching")}</p>;
  if (suggestions.status === "error") return <p className="status-error small">{t("failed", { message: describe(suggestions.error) })}</p>;
  const number = (value: number) => new Intl.NumberFormat(i18n.language).format(value);
  return (
    <>
      {suggestions.matches.length === 0 ? (
        <p className="muted small" data-testid="memory-none">
          {t("none", { percent: percent(MEMORY_MIN_SCORE) })}
        </p>
      ) : (
        <ol className="memory-list" data-testid="memory-matches">
          {suggestions.matches.map((match, index) => (
            <MatchItem
              key={match.unitId}
              match={match}
              testId="memory-match"
              insertLabel={canInsert ? t("insertLabel", { number: index + 1, percent: percent(match.score) }) : null}
              shortcut={index < 3 ? t("shortcut", { number: index + 1 }) : null}
              onInsert={() => onInsert(match)}
            />
          ))}
        </ol>
      )}
      {suggestions.sentences.length > 0 && (
        <section aria-labelledby="memory-sentences-title" data-testid="memory-sentences">
          <h4 id="memory-sentences-title">{t("sentences.title")}</h4>
          {canInsert && <p className="muted small">{t("sentences.rule")}</p>}
          {suggestions.sentenceCount > suggestions.sentences.length && (
            <p className="muted small" data-testid="memory-sentences-limited">
              {t("sentences.limited", { count: suggestions.sentenceCount, total: number(suggestions.sentenceCount), limit: number(suggestions.sentenceLimit) })}
            </p>
          )}
          <ol className="memory-sentences">
            {suggestions.sentences.map((sentence) => (
              <li key={sentence.index} data-testid="memory-sentence">
                <p className="small">
                  <span className="badge badge--kind">{t("sentences.number", { number: number(sentence.index + 1) })}</span>{" "}
                  <span data-testid="memory-sentence-source">{sentence.source}</span>
                </p>
                {sentence.matches.length === 0 ? (
                  <p className="muted small" data-testid="memory-sentence-none">
                    {t("sentences.none", { percent: percent(MEMORY_MIN_SCORE) })}
                  </p>
                ) : (
                  <ol className="memory-list">
                    {sentence.matches.map((match, index) => (
                      <MatchItem
                        key={match.unitId}
                        match={match}
                        testId="memory-sentence-match"
                        insertLabel={
                          canInsert ? t("sentences.insertLabel", { sentence: number(sentence.index + 1), number: index + 1, percent: percent(match.score) }) : null
                        }
                        shortcut={null}
                        onInsert={() => onInsertSentence(match, sentence)}
                      />
                    ))}
                  </ol>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

/** One match: its score and origin, its translation, what differs in its French, where it came from, and Insert. */
function MatchItem({
  match,
  testId,
  insertLabel,
  shortcut,
  onInsert,
}: {
  match: MemoryMatchDto;
  testId: string;
  /** The Insert button's accessible name, or null for no button (the user cannot edit). */
  insertLabel: string | null;
  shortcut: string | null;
  onInsert: () => void;
}) {
  const { t, i18n } = useTranslation("memory");
  const percent = new Intl.NumberFormat(i18n.language, { style: "percent" }).format(match.score / 100);
  return (
    <li className="memory-match" data-testid={testId}>
      <div className="memory-match__meta small">
        <span className={`badge ${match.score === 100 ? "badge--approved" : "badge--kind"}`} data-testid="memory-score">
          {t("score", { percent })}
        </span>{" "}
        <span className="badge badge--kind">{t(`origin.${match.origin}`)}</span>
        {match.isSentence && (
          <>
            {" "}
            <span className="badge badge--kind">{t("sentence")}</span>
          </>
        )}
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
      {insertLabel !== null && (
        <button
          type="button"
          className="button button--small"
          aria-label={insertLabel}
          onMouseDown={(event) => event.preventDefault()}
          onClick={onInsert}
          data-testid="memory-insert"
        >
          {t("insert")}
          {shortcut !== null && <kbd className="memory-match__key" aria-hidden="true">{shortcut}</kbd>}
        </button>
      )}
    </li>
  );
}
