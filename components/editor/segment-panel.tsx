"use client";

import { useCallback, useEffect, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { SegmentDto } from "@/server/services/segments/segment-dto.schema";
import type { CommentDto } from "@/server/services/comments/comment-dto";
import { getSegmentHistoryContract, type HistoryEntryDto } from "@/server/services/segments/get-segment-history.schema";
import { addCommentContract } from "@/server/services/comments/add-comment.schema";
import { listCommentsContract } from "@/server/services/comments/list-comments.schema";
import { setCommentResolvedContract } from "@/server/services/comments/set-comment-resolved.schema";
import { LocalTime } from "../local-time";
import type { ApiResult } from "../api/client";
import { callRoute } from "../api/client";
import { useErrorMessage } from "../api/use-error-message";
import type { EditorRights, ReviewAction } from "./types";
import type { Finding } from "@/domain/qa/types";
import { FindingsList } from "./findings-list";
import { SEGMENT_KINDS, type SegmentKind } from "@/domain/segmentation/classify-segment";
import { availableReviewActions } from "@/domain/workflow/review-actions";
import { ErrorAlert } from "../error-alert";
import { ApprovalDiff } from "./approval-diff";
import { DiffText } from "./diff-text";
import { ErrorTypeFields, type ErrorTypeValue } from "../quality/error-type-fields";
import { TypeCorrection } from "../quality/type-correction";

type Props = {
  segment: SegmentDto;
  number: number;
  rights: EditorRights;
  onChangeKind: (kind: SegmentKind) => Promise<ApiResult<unknown>>;
  findings: Finding[];
  onFix: (checkId: string, error?: ErrorTypeValue) => Promise<ApiResult<unknown>>;
  onDismiss: (checkId: string, reason: string, error?: ErrorTypeValue) => Promise<ApiResult<unknown>>;
  onReview: (action: ReviewAction, reason?: string, error?: ErrorTypeValue) => Promise<ApiResult<unknown>>;
  onRestore: (revisionId: string) => Promise<ApiResult<unknown>>;
  onCopySource: () => void;
  onCommentsChanged: () => void;
  /** Changes when someone else changed this paragraph's comments. */
  commentsKey: number;
  /** The translation memory's matches and hints for this paragraph (decision 020). */
  memory?: ReactNode;
};

function Actions({ segment, rights, onReview, onCopySource }: Pick<Props, "segment" | "rights" | "onReview" | "onCopySource">) {
  const { t } = useTranslation("editor");
  const describe = useErrorMessage();
  const [isRejecting, setIsRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [errorType, setErrorType] = useState<ErrorTypeValue>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function run(action: ReviewAction, withReason?: string, withError?: ErrorTypeValue) {
    setIsBusy(true);
    setError(null);
    const result = await onReview(action, withReason, withError);
    setIsBusy(false);
    if (!result.ok) setError(describe(result.error));
    else if (action === "reject") {
      setIsRejecting(false);
      setReason("");
      setErrorType(undefined);
    }
  }

  const isExcluded = segment.state === "EXCLUDED";
  const available = availableReviewActions(segment, rights);
  const buttons: { action: ReviewAction; label: string; show: boolean }[] = [
    // On a paragraph whose French changed, "submit" confirms the English is still right.
    { action: "submit", label: segment.state === "OUTDATED" ? t("panel.stillRight") : t("panel.submit"), show: available.includes("submit") },
    { action: "approve", label: t("panel.approve"), show: available.includes("approve") },
    { action: "exclude", label: t("panel.exclude"), show: available.includes("exclude") },
    { action: "include", label: t("panel.include"), show: available.includes("include") },
  ];
  const visible = buttons.filter((b) => b.show);
  const canReject = available.includes("reject");
  const canCopy = rights.canEdit && !isExcluded;

  if (visible.length === 0 && !canReject && !canCopy) return <p className="muted">{t("panel.noActions")}</p>;

  function submitRejection(event: FormEvent) {
    event.preventDefault();
    void run("reject", reason, errorType);
  }

  return (
    <div>
      {segment.state === "OUTDATED" && <p className="hint">{t("sourceUpdate.outdatedHint")}</p>}
      <div className="button-row">
        {visible.map((button) => (
          <button
            key={button.action}
            type="button"
            className={`button button--small${button.action === "exclude" ? " button--quiet" : ""}`}
            disabled={isBusy}
            onClick={() => void run(button.action)}
            data-testid={`review-${button.action}`}
          >
            {button.label}
          </button>
        ))}
        {canReject && !isRejecting && (
          <button type="button" className="button button--small button--danger" disabled={isBusy} onClick={() => setIsRejecting(true)}>
            {t("panel.reject")}
          </button>
        )}
        {canCopy && (
          <button type="button" className="button button--small button--quiet" onClick={onCopySource}>
            {t("panel.copySource")}
          </button>
        )}
      </div>
      {isRejecting && (
        <form onSubmit={submitRejection} className="reject-form">
          <div className="field">
            <label htmlFor="reject-reason">{t("panel.rejectReason")}</label>
            <textarea id="reject-reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={3} required autoFocus />
          </div>
          <ErrorTypeFields value={errorType} onChange={setErrorType} testId="reject-error-type" />
          <div className="button-row">
            <button type="submit" className="button button--small button--danger" disabled={isBusy || reason.trim() === ""}>
              {t("panel.rejectConfirm")}
            </button>
            <button type="button" className="button button--small button--quiet" onClick={() => setIsRejecting(false)}>
              {t("panel.cancel")}
            </button>
          </div>
        </form>
      )}
      <ErrorAlert message={error} />
    </div>
  );
}

function KindSelect({ segment, onChangeKind }: Pick<Props, "segment" | "onChangeKind">) {
  const { t } = useTranslation(["editor", "documents"]);
  const describe = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="field field--inline">
      <label htmlFor="segment-kind">{t("panel.kind")}</label>
      <select
        id="segment-kind"
        value={segment.kind}
        onChange={async (event) => {
          const result = await onChangeKind(event.target.value as SegmentKind);
          setError(result.ok ? null : describe(result.error));
        }}
      >
        {SEGMENT_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`documents:kinds.${kind}`)}
          </option>
        ))}
      </select>
      <ErrorAlert message={error} />
    </div>
  );
}

function Comments({ segment, rights, onCommentsChanged, commentsKey }: Pick<Props, "segment" | "rights" | "onCommentsChanged" | "commentsKey">) {
  const { t, i18n } = useTranslation("editor");
  const describe = useErrorMessage();
  const [comments, setComments] = useState<CommentDto[] | null>(null);
  const [body, setBody] = useState("");
  const [replyTo, setReplyTo] = useState<CommentDto | null>(null);
  const [reply, setReply] = useState("");
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await callRoute(listCommentsContract, { params: { id: segment.id } });
    if (result.ok) setComments(result.data);
    else setError(describe(result.error));
  }, [segment.id]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    // Reload when the paragraph or its state changes (a rejection adds a comment).
    void load(); // eslint-disable-line react-hooks/set-state-in-effect
  }, [load, segment.version, commentsKey]);

  async function post(text: string, parentId?: string) {
    const result = await callRoute(addCommentContract, { params: { id: segment.id }, body: { body: text, parentId } });
    if (!result.ok) {
      setError(describe(result.error));
      return false;
    }
    setError(null);
    await load();
    onCommentsChanged();
    return true;
  }

  async function toggle(comment: CommentDto) {
    const result = await callRoute(setCommentResolvedContract, {
      params: { id: comment.id },
      body: { isResolved: comment.resolvedAt === null, version: comment.version },
    });
    if (!result.ok) setError(describe(result.error));
    await load();
    onCommentsChanged();
  }

  const threads = (comments ?? []).filter((c) => c.parentId === null);
  const repliesOf = (id: string) => (comments ?? []).filter((c) => c.parentId === id);

  return (
    <div>
      {comments !== null && threads.length === 0 && <p className="muted">{t("comments.none")}</p>}
      <ul className="comment-list">
        {threads.map((thread) => (
          <li key={thread.id} className={thread.resolvedAt ? "comment comment--resolved" : "comment"} data-testid="comment-thread">
            {[thread, ...repliesOf(thread.id)].map((comment) => (
              <div key={comment.id} className="comment__entry">
                <div className="comment__meta small">
                  <strong>{t("comments.by", { name: comment.authorName })}</strong> · <LocalTime iso={comment.createdAt} language={i18n.language} />
                </div>
                <p className="comment__body">{comment.body}</p>
              </div>
            ))}
            {thread.resolvedAt && thread.resolvedByName && <p className="muted small">{t("comments.resolvedBy", { name: thread.resolvedByName })}</p>}
            {rights.canComment && (
              <div className="button-row">
                <button type="button" className="button button--small button--quiet" onClick={() => void toggle(thread)}>
                  {thread.resolvedAt ? t("comments.reopen") : t("comments.resolve")}
                </button>
                <button type="button" className="button button--small button--quiet" onClick={() => setReplyTo(thread)}>
                  {t("comments.reply")}
                </button>
              </div>
            )}
            {replyTo?.id === thread.id && (
              <form
                onSubmit={async (event) => {
                  event.preventDefault();
                  if (await post(reply, thread.id)) {
                    setReply("");
                    setReplyTo(null);
                  }
                }}
              >
                <label htmlFor={`reply-${thread.id}`} className="visually-hidden">
                  {t("comments.replyLabel", { name: thread.authorName })}
                </label>
                <textarea id={`reply-${thread.id}`} value={reply} onChange={(e) => setReply(e.target.value)} rows={2} required />
                <button type="submit" className="button button--small" disabled={reply.trim() === ""}>
                  {t("comments.postReply")}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      {rights.canComment && (
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            if (await post(body)) setBody("");
          }}
        >
          <div className="field">
            <label htmlFor="new-comment">{t("comments.new")}</label>
            <textarea id="new-comment" value={body} onChange={(e) => setBody(e.target.value)} rows={2} required />
          </div>
          <button type="submit" className="button button--small" disabled={body.trim() === ""}>
            {t("comments.post")}
          </button>
        </form>
      )}
      <ErrorAlert message={error} />
    </div>
  );
}

function History({ segment, rights, onRestore }: Pick<Props, "segment" | "rights" | "onRestore">) {
  const { t, i18n } = useTranslation(["editor", "documents"]);
  const describe = useErrorMessage();
  const [entries, setEntries] = useState<HistoryEntryDto[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let isCurrent = true;
    void callRoute(getSegmentHistoryContract, { params: { id: segment.id } }).then((result) => {
      if (!isCurrent) return;
      if (result.ok) setEntries(result.data);
      else setError(describe(result.error));
    });
    return () => {
      isCurrent = false;
    };
  }, [segment.id, segment.version]); // eslint-disable-line react-hooks/exhaustive-deps

  const canRestore = rights.canEdit && segment.state !== "EXCLUDED";
  // What happened, in the user's language: why the text changed, or which kind or state it moved between.
  const historyTitle = (entry: HistoryEntryDto): string =>
    entry.type === "revision"
      ? t(`history.reasons.${entry.reason}`)
      : entry.type === "source"
        ? t(entry.isMinor ? "history.reasons.SOURCE_MINOR" : "history.reasons.SOURCE")
        : entry.type === "kind"
        ? t("history.kindChange", { from: t(`documents:kinds.${entry.fromKind}`), to: t(`documents:kinds.${entry.toKind}`) })
        : t("history.stateChange", { from: t(`documents:states.${entry.fromState}`), to: t(`documents:states.${entry.toState}`) });
  return (
    <div>
      {entries !== null && entries.length === 0 && <p className="muted">{t("history.none")}</p>}
      <ol className="history-list">
        {(entries ?? []).map((entry) => (
          <li key={entry.id} className="history-entry" data-testid="history-entry">
            <div className="small">
              <strong>{historyTitle(entry)}</strong> · {entry.type === "state" ? entry.actorName : entry.authorName} ·{" "}
              <LocalTime iso={entry.createdAt} language={i18n.language} />
            </div>
            {(entry.type === "revision" || entry.type === "source") && <DiffText parts={entry.diff} testId="history-diff" />}
            {entry.type === "state" && entry.comment && <p className="comment__body">{entry.comment}</p>}
            {entry.type === "revision" && canRestore && entry.after !== segment.targetText && (
              <button type="button" className="button button--small button--quiet" onClick={() => void onRestore(entry.id)}>
                {t("history.restore")}
              </button>
            )}
          </li>
        ))}
      </ol>
      <ErrorAlert message={error} />
    </div>
  );
}

/** Everything about the selected paragraph: what the user may do, its comments, its history. */
export function SegmentPanel(props: Props) {
  const { t } = useTranslation("editor");
  const { t: qa } = useTranslation("qa");
  return (
    <section aria-labelledby="panel-title" className="panel" data-testid="segment-panel">
      <h2 id="panel-title">{t("panel.title", { number: props.number })}</h2>
      <h3>{t("panel.actions")}</h3>
      <Actions segment={props.segment} rights={props.rights} onReview={props.onReview} onCopySource={props.onCopySource} />
      {availableReviewActions(props.segment, props.rights).includes("approve") && <ApprovalDiff segment={props.segment} />}
      {props.rights.canEdit && <KindSelect segment={props.segment} onChangeKind={props.onChangeKind} />}
      {props.memory}
      <h3>{qa("title")}</h3>
      {props.rights.canReject && props.segment.state !== "UNTRANSLATED" && <TypeCorrection segmentId={props.segment.id} version={props.segment.version} />}
      <FindingsList findings={props.findings} canEdit={props.rights.canEdit} canTypeErrors={props.rights.canReject} onFix={props.onFix} onDismiss={props.onDismiss} />
      <h3>{t("comments.title")}</h3>
      <Comments segment={props.segment} rights={props.rights} onCommentsChanged={props.onCommentsChanged} commentsKey={props.commentsKey} />
      <h3>{t("history.title")}</h3>
      <History segment={props.segment} rights={props.rights} onRestore={props.onRestore} />
    </section>
  );
}
