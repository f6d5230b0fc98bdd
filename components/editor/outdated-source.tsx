"use client";

import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { diffWords, type DiffPart } from "@/domain/history/word-diff";
import type { SegmentDto } from "@/server/services/segments/segment-dto.schema";
import { LocalTime } from "../local-time";

/** A word diff as reviewers read it: removed words struck through, added words underlined. */
export function DiffText({ parts, testId }: { parts: DiffPart[]; testId?: string }) {
  return (
    <span className="diff" data-testid={testId}>
      {parts.map((part, index) =>
        part.type === "added" ? (
          <ins key={index}>{part.text}</ins>
        ) : part.type === "removed" ? (
          <del key={index}>{part.text}</del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </span>
  );
}

/**
 * The French of a paragraph whose source changed since it was translated: the change as a word
 * diff (from `previousSourceText`, which the server keeps while the paragraph is OUTDATED), so the
 * translator sees what to fix before saving or confirming the English.
 */
export function ChangedSource({ segment }: { segment: SegmentDto }) {
  const { t } = useTranslation("editor");
  const parts = useMemo(() => diffWords(segment.previousSourceText ?? "", segment.sourceText), [segment.previousSourceText, segment.sourceText]);
  return (
    <div className="changed-source">
      <p className="small muted changed-source__label">{t("sourceUpdate.changedLabel")}</p>
      <p className="changed-source__text">
        <DiffText parts={parts} testId="source-diff" />
      </p>
    </div>
  );
}

/** Above the paragraphs: the French changed since this translation was last published. */
export function SourceUpdatedBanner() {
  const { t } = useTranslation(["documents", "editor"]);
  return (
    <p className="alert alert--warn" role="status" data-testid="source-updated-banner">
      <strong>{t("documents:list.sourceUpdated")}.</strong> {t("editor:sourceUpdate.bannerHint")}
    </p>
  );
}

/**
 * A paragraph a change of the French removed from the article: its French and its last English,
 * read-only; selecting it shows its history in the side panel.
 */
export function RemovedRow({
  segment,
  sourceLang,
  targetLang,
  isActive,
  onSelect,
}: {
  segment: SegmentDto;
  sourceLang: string;
  targetLang: string;
  isActive: boolean;
  onSelect: (id: string) => void;
}) {
  const { t, i18n } = useTranslation(["editor", "documents"]);
  return (
    <tr
      id={`segment-${segment.id}`}
      tabIndex={0}
      aria-current={isActive ? "true" : undefined}
      onClick={() => onSelect(segment.id)}
      onKeyDown={(event) => {
        if (event.key === "Enter" && event.target === event.currentTarget) onSelect(segment.id);
      }}
      className={`segment segment--removed${isActive ? " is-active" : ""}`}
      data-testid="removed-row"
    >
      <th scope="row" className="bilingual__info">
        <div className="segment-meta">
          <span className="badge badge--kind">{t(`documents:kinds.${segment.kind}`)}</span>
          <span className="badge badge--excluded" data-testid="removed-badge">
            {t("sourceUpdate.removedIn", { revision: segment.removedInRevision ?? 0 })}
          </span>
          <span className="small muted">
            <LocalTime iso={segment.updatedAt} language={i18n.language} />
          </span>
        </div>
      </th>
      <td lang={sourceLang} className="bilingual__text" data-testid="segment-source">
        {segment.sourceText}
      </td>
      <td lang={targetLang} className="bilingual__text" data-testid="segment-target">
        {segment.targetText === "" ? <span className="muted">{t("row.empty")}</span> : segment.targetText}
      </td>
    </tr>
  );
}
