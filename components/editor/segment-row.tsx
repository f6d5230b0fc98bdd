"use client";

import { memo, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import type { SegmentDto } from "@/server/services/segments/segment-dto.schema";
import { useErrorMessage } from "../api/use-error-message";
import type { Conflict, ConflictChoice, EditorRights, RowStatus } from "./types";
import type { Finding } from "@/domain/qa/types";
import { hasOpenError } from "@/domain/qa/open-findings";
import { ChangedSource } from "./outdated-source";
import { GlossaryHints } from "./glossary-hints";
import type { GlossaryEntry } from "@/domain/qa/types";
import type { ApiResult } from "../api/client";
import { RowFindings } from "./row-findings";

export type RowHandlers = {
  select: (id: string) => void;
  startEditing: (id: string) => void;
  changeDraft: (id: string, text: string) => void;
  leaveEditor: (id: string) => void;
  editorKeyDown: (id: string, event: KeyboardEvent<HTMLTextAreaElement>) => void;
  rowKeyDown: (id: string, event: KeyboardEvent<HTMLTableRowElement>) => void;
  resolveConflict: (id: string, choice: ConflictChoice) => void;
  /** A finding's certain fix, and dismissing a finding with a reason, from under the row. */
  fixFinding: (id: string, checkId: string) => Promise<ApiResult<unknown>>;
  dismissFinding: (id: string, checkId: string, reason: string) => Promise<ApiResult<unknown>>;
};

type Props = {
  segment: SegmentDto;
  number: number;
  sourceLang: string;
  targetLang: string;
  draft: string | undefined;
  isEditing: boolean;
  isActive: boolean;
  isTabStop: boolean;
  status: RowStatus | undefined;
  conflict: Conflict | undefined;
  /** Someone else is editing this paragraph right now (a soft lock: it stays editable). */
  editedBy: string | undefined;
  /** Open quality findings. */
  findings: Finding[] | undefined;
  rights: EditorRights;
  handlers: RowHandlers;
  /** The language pair's glossary: its terms in the French are shown while the paragraph is edited. */
  glossary: readonly GlossaryEntry[];
};

function ConflictBox({ segmentId, conflict, handlers }: { segmentId: string; conflict: Conflict; handlers: RowHandlers }) {
  const { t } = useTranslation("editor");
  const [merged, setMerged] = useState<string | null>(null);
  const name = conflict.theirs.lastEditorName;
  return (
    <div className="conflict" role="alert" data-testid="conflict">
      <p className="conflict__title">{name ? t("conflict.title", { name }) : t("conflict.titleUnknown")}</p>
      <div className="conflict__texts">
        <div>
          <h4>{t("conflict.theirs")}</h4>
          <p data-testid="conflict-theirs">{conflict.theirs.targetText}</p>
        </div>
        <div>
          <h4>{t("conflict.mine")}</h4>
          <p data-testid="conflict-mine">{conflict.mine}</p>
        </div>
      </div>
      {merged !== null && (
        <div className="field">
          <label htmlFor={`merge-${segmentId}`}>{t("conflict.mergeLabel")}</label>
          <textarea id={`merge-${segmentId}`} value={merged} onChange={(e) => setMerged(e.target.value)} rows={4} />
        </div>
      )}
      <div className="button-row">
        {merged === null ? (
          <>
            <button type="button" className="button button--small" onClick={() => handlers.resolveConflict(segmentId, "mine")}>
              {t("conflict.keepMine")}
            </button>
            <button type="button" className="button button--small button--quiet" onClick={() => handlers.resolveConflict(segmentId, "theirs")}>
              {t("conflict.takeTheirs")}
            </button>
            <button type="button" className="button button--small button--quiet" onClick={() => setMerged(conflict.mine)}>
              {t("conflict.merge")}
            </button>
          </>
        ) : (
          <button type="button" className="button button--small" onClick={() => handlers.resolveConflict(segmentId, { merged })}>
            {t("conflict.saveMerged")}
          </button>
        )}
      </div>
    </div>
  );
}

/** One paragraph: meta, French source, English target (editable in place when allowed). */
export const SegmentRow = memo(function SegmentRow(props: Props) {
  const { segment, number, draft, isEditing, isActive, isTabStop, status, conflict, editedBy, findings, rights, handlers } = props;
  const { t } = useTranslation(["editor", "documents", "qa"]);
  const describe = useErrorMessage();
  const text = draft ?? segment.targetText;
  const isEditable = rights.canEdit && segment.state !== "EXCLUDED";
  const isDirty = draft !== undefined && draft !== segment.targetText;

  return (
    <tr
      id={`segment-${segment.id}`}
      tabIndex={isTabStop ? 0 : -1}
      aria-current={isActive ? "true" : undefined}
      onKeyDown={(event) => handlers.rowKeyDown(segment.id, event)}
      onClick={() => handlers.select(segment.id)}
      className={`segment segment--${segment.kind.toLowerCase()} state--${segment.state.toLowerCase()}${isActive ? " is-active" : ""}`}
      data-testid="segment-row"
      data-kind={segment.kind}
      data-state={segment.state}
    >
      <th scope="row" className="bilingual__info">
        <div className="segment-meta">
          <span className="position">{t("documents:view.position", { number })}</span>
          <span className="badge badge--kind">{t(`documents:kinds.${segment.kind}`)}</span>
          <span className={`badge badge--state badge--${segment.state.toLowerCase()}`} data-testid="segment-state">
            {t(`documents:states.${segment.state}`)}
          </span>
          {findings && findings.length > 0 && (
            <span
              className={`badge badge--${hasOpenError(findings) ? "error" : "warning"}`}
              data-testid="finding-badge"
              title={findings.map((f) => t(`qa:checks.${f.checkId}`)).join(", ")}
            >
              {t("qa:badge", { count: findings.length })}
            </span>
          )}
          {editedBy && (
            <span className="badge badge--editing" data-testid="edited-by">
              {t("presence.editing", { name: editedBy })}
            </span>
          )}
          {segment.openCommentCount > 0 && (
            <span className="badge badge--comments">{t("row.comments", { count: segment.openCommentCount })}</span>
          )}
        </div>
      </th>
      <td lang={props.sourceLang} className="bilingual__text" data-testid="segment-source">
        {segment.previousSourceText !== null && segment.previousSourceText !== segment.sourceText ? <ChangedSource segment={segment} /> : segment.sourceText}
        {isEditing && <GlossaryHints sourceText={segment.sourceText} targetText={text} glossary={props.glossary} targetLang={props.targetLang} />}
      </td>
      <td lang={props.targetLang} className="bilingual__text" data-testid="segment-target">
        {isEditing ? (
          <textarea
            className="segment-editor"
            aria-label={t("row.editLabel", { number })}
            value={text}
            autoFocus
            rows={Math.max(2, Math.ceil(text.length / 60))}
            onChange={(event) => handlers.changeDraft(segment.id, event.target.value)}
            onBlur={() => handlers.leaveEditor(segment.id)}
            onKeyDown={(event) => handlers.editorKeyDown(segment.id, event)}
            onClick={(event) => event.stopPropagation()}
            data-testid="segment-editor"
          />
        ) : (
          <div
            className={`target-view${isEditable ? " is-editable" : ""}`}
            title={isEditable ? t("row.clickToEdit") : undefined}
            onClick={isEditable ? () => handlers.startEditing(segment.id) : undefined}
          >
            {text === "" ? <span className="muted">{t("row.empty")}</span> : text}
          </div>
        )}
        <div className="row-status small" aria-live="polite">
          {status?.kind === "saving" && <span className="muted">{t("row.saving")}</span>}
          {status?.kind === "saved" && !isDirty && <span className="status-ok">{t("row.saved")}</span>}
          {status?.kind === "error" && (
            <span className="status-error" role="alert">
              {t("row.saveFailed", { message: describe(status.error) })}
            </span>
          )}
          {status?.kind === "retrying" && (
            <span className="status-warn" role="status">
              {t(status.error.code === "DATABASE_UNAVAILABLE" ? "row.retrying" : status.error.code === "RATE_LIMITED" ? "row.retryingRateLimited" : "row.retryingServer", {
                count: Math.max(1, Math.round(status.retryInMs / 1000)),
              })}
            </span>
          )}
          {isDirty && status?.kind !== "saving" && status?.kind !== "error" && status?.kind !== "retrying" && <span className="status-warn">{t("row.unsaved")}</span>}
          {segment.lastEditorName && !isDirty && !status && <span className="muted">{t("row.lastEditor", { name: segment.lastEditorName })}</span>}
        </div>
        {conflict && <ConflictBox segmentId={segment.id} conflict={conflict} handlers={handlers} />}
        <RowFindings segmentId={segment.id} findings={findings} canEdit={isEditable} onFix={handlers.fixFinding} onDismiss={handlers.dismissFinding} />
      </td>
    </tr>
  );
});
