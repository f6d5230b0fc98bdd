"use client";

import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { listDocumentActivityContract, type ActivityDto } from "@/server/services/documents/list-document-activity.schema";
import { languageName } from "@/domain/languages/language-tag";
import { LocalTime } from "../local-time";
import { callRoute } from "../api/client";
import { undoBatchContract } from "@/server/services/batches/undo-batch.schema";
import { useErrorMessage } from "../api/use-error-message";
import { ErrorAlert } from "../error-alert";

/** The actions with a message of their own in `activity.actions`; any other shows as "other". */
const KNOWN = new Set([
  "document.created",
  "document.source-updated",
  "document.published",
  "translation.added",
  "segment.edited",
  "segment.submitted",
  "segment.approved",
  "segment.rejected",
  "segment.excluded",
  "segment.included",
  "segment.reverted",
  "segment.kind-changed",
  "segment.batch-undone",
  "segment.bulk-approved",
  "finding.dismissed",
  "segment.error-typed",
  "comment.added",
  "comment.resolved",
  "comment.reopened",
]);

/**
 * Recent changes by everyone on this translation (`lang`) and on the whole article; reloads
 * whenever `refreshKey` changes.
 */
export function ActivityFeed({
  documentId,
  lang,
  refreshKey,
  onSelect,
  canUndo = false,
  onUndone,
}: {
  documentId: string;
  lang: string;
  refreshKey: number;
  onSelect: (segmentId: string) => void;
  /** Whether the viewer may undo a bulk approval from its entry. */
  canUndo?: boolean;
  onUndone?: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation("editor");
  const describe = useErrorMessage();
  const [activity, setActivity] = useState<ActivityDto[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [undoCount, setUndoCount] = useState(0);

  async function undo(batchId: string) {
    const result = await callRoute(undoBatchContract, { params: { id: batchId } });
    setError(result.ok ? null : describe(result.error));
    setUndoCount((count) => count + 1);
    await onUndone?.();
  }

  useEffect(() => {
    let isCurrent = true;
    void callRoute(listDocumentActivityContract, { params: { id: documentId }, query: { lang } }).then((result) => {
      if (isCurrent && result.ok) setActivity(result.data);
    });
    return () => {
      isCurrent = false;
    };
  }, [documentId, lang, refreshKey, undoCount]);

  return (
    <section aria-labelledby="activity-title" className="panel" data-testid="activity-feed">
      <h2 id="activity-title">{t("activity.title")}</h2>
      {activity !== null && activity.length === 0 && <p className="muted">{t("activity.none")}</p>}
      <ol className="activity-list">
        {(activity ?? []).map((event) => {
          const actor = event.actorName ?? t("activity.someone");
          const text = KNOWN.has(event.action)
            ? t(`activity.actions.${event.action}`, {
                actor,
                paragraph: event.paragraph ?? "",
                count: event.count ?? 0,
                number: event.number ?? "",
                language: event.lang ? languageName(event.lang, i18n.language) : "",
              })
            : t("activity.actions.other", { actor, action: event.action });
          return (
            <li key={event.id} className="small" data-testid="activity-entry">
              {event.segmentId ? (
                <button type="button" className="link-button" onClick={() => onSelect(event.segmentId as string)}>
                  {text}
                </button>
              ) : (
                text
              )}{" "}
              · <LocalTime iso={event.createdAt} language={i18n.language} />
              {event.paragraphs && event.paragraphs.length > 0 && (
                <details className="activity-paragraphs" data-testid="activity-paragraphs">
                  <summary>{t("activity.listParagraphs", { count: event.paragraphs.length })}</summary>
                  <p>{t("activity.paragraphList", { list: event.paragraphs.map((n) => new Intl.NumberFormat(i18n.language).format(n)).join(", ") })}</p>
                </details>
              )}
              {canUndo && event.batchId && !event.isUndone && (
                <button type="button" className="button button--small button--quiet" onClick={() => void undo(event.batchId as string)}>
                  {t("bulk.undo")}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <ErrorAlert message={error} />
    </section>
  );
}
