"use client";

import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { undoBatchContract } from "@/server/services/batches/undo-batch.schema";
import { bulkApproveSegmentsContract } from "@/server/services/review/bulk-approve-segments.schema";
import { previewBulkApprovalContract, type BulkApprovalPreviewDto } from "@/server/services/review/preview-bulk-approval.schema";
import { callRoute } from "../api/client";
import { useErrorMessage } from "../api/use-error-message";
import { ErrorAlert } from "../error-alert";

type Notice = { text: string; batchId: string | null } | null;

/**
 * "Approve all ready…": a confirmation with the count, listing the paragraphs that carry warnings
 * so the reviewer may leave them out, then a notice with a one-step "Undo approval".
 */
export function BulkApprove({ documentId, lang, onChanged }: { documentId: string; lang: string; onChanged: () => Promise<void> }) {
  const { t } = useTranslation(["editor", "qa"]);
  const describe = useErrorMessage();
  const dialog = useRef<HTMLDialogElement>(null);
  const [preview, setPreview] = useState<BulkApprovalPreviewDto | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  /** Paragraphs with warnings the reviewer chose to leave out of this approval. */
  const [leftOut, setLeftOut] = useState<Set<string>>(new Set());

  async function open() {
    setError(null);
    const result = await callRoute(previewBulkApprovalContract, { params: { id: documentId }, query: { lang } });
    if (!result.ok) {
      setError(describe(result.error));
      return;
    }
    setPreview(result.data);
    setLeftOut(new Set());
    dialog.current?.showModal();
  }

  async function approve() {
    if (!preview) return;
    setIsBusy(true);
    const result = await callRoute(bulkApproveSegmentsContract, { params: { id: documentId }, body: { lang, segments: preview.segments.filter((s) => !leftOut.has(s.id)) } });
    setIsBusy(false);
    dialog.current?.close();
    if (!result.ok) {
      setError(describe(result.error));
      return;
    }
    const { approved, skipped, batchId } = result.data;
    setNotice({
      text: [t("bulk.done", { count: approved }), skipped > 0 ? t("bulk.skipped", { count: skipped }) : ""].join(" ").trim(),
      batchId,
    });
    await onChanged();
  }

  async function undo(batchId: string) {
    const result = await callRoute(undoBatchContract, { params: { id: batchId } });
    if (!result.ok) {
      setError(describe(result.error));
      return;
    }
    const { restored, skipped } = result.data;
    setNotice({
      text: [t("bulk.undone", { count: restored }), skipped > 0 ? t("bulk.undoSkipped", { count: skipped }) : ""].join(" ").trim(),
      batchId: null,
    });
    await onChanged();
  }

  const count = (preview?.segments.length ?? 0) - leftOut.size;
  const total = preview?.segments.length ?? 0;
  const withWarnings = preview?.withWarnings ?? [];
  return (
    <>
      <button type="button" className="button button--small" onClick={() => void open()}>
        {t("toolbar.bulkApprove")}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby="bulk-title" data-testid="bulk-dialog">
        <h2 id="bulk-title">{t("bulk.title")}</h2>
        <p data-testid="bulk-confirm">{total === 0 ? t("bulk.nothing") : count === 0 ? t("bulk.allLeftOut") : t("bulk.confirm", { count })}</p>
        {withWarnings.length > 0 && (
          <fieldset className="bulk-warnings" data-testid="bulk-warnings">
            <legend>{t("bulk.warnings", { count: withWarnings.length })}</legend>
            <ul>
              {withWarnings.map((item) => (
                <li key={item.id}>
                  <input
                    type="checkbox"
                    id={`bulk-include-${item.id}`}
                    checked={!leftOut.has(item.id)}
                    onChange={(event) =>
                      setLeftOut((current) => {
                        const next = new Set(current);
                        if (event.target.checked) next.delete(item.id);
                        else next.add(item.id);
                        return next;
                      })
                    }
                  />{" "}
                  <label htmlFor={`bulk-include-${item.id}`}>
                    {t("bulk.warningItem", { number: item.paragraph, checks: item.checkIds.map((id) => t(`qa:checks.${id}`)).join(", ") })}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        <div className="button-row">
          {count > 0 && (
            <button type="button" className="button" disabled={isBusy} onClick={() => void approve()}>
              {t("bulk.approve")}
            </button>
          )}
          <button type="button" className="button button--quiet" onClick={() => dialog.current?.close()}>
            {t("bulk.cancel")}
          </button>
        </div>
      </dialog>
      {notice && (
        <p role="status" className="alert alert--ok notice" data-testid="bulk-notice">
          {notice.text}{" "}
          {notice.batchId && (
            <button type="button" className="button button--small button--quiet" onClick={() => void undo(notice.batchId as string)}>
              {t("bulk.undo")}
            </button>
          )}
        </p>
      )}
      <ErrorAlert message={error} className="notice" />
    </>
  );
}
