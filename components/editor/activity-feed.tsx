"use client";

import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { listDocumentActivityContract, type ActivityDto } from "@/server/services/documents/list-document-activity.schema";
import { languageName } from "@/domain/languages/language-tag";
import { LocalTime } from "../local-time";
import { callRoute } from "../api/client";

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
export function ActivityFeed({ documentId, lang, refreshKey, onSelect }: { documentId: string; lang: string; refreshKey: number; onSelect: (segmentId: string) => void }) {
  const { t, i18n } = useTranslation("editor");
  const [activity, setActivity] = useState<ActivityDto[] | null>(null);

  useEffect(() => {
    let isCurrent = true;
    void callRoute(listDocumentActivityContract, { params: { id: documentId }, query: { lang } }).then((result) => {
      if (isCurrent && result.ok) setActivity(result.data);
    });
    return () => {
      isCurrent = false;
    };
  }, [documentId, lang, refreshKey]);

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
            <li key={event.id} className="small">
              {event.segmentId ? (
                <button type="button" className="link-button" onClick={() => onSelect(event.segmentId as string)}>
                  {text}
                </button>
              ) : (
                text
              )}{" "}
              · <LocalTime iso={event.createdAt} language={i18n.language} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
