"use client";

import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Finding } from "@/domain/qa/types";
import { ErrorAlert } from "../error-alert";
import type { ApiResult } from "../api/client";
import { useErrorMessage } from "../api/use-error-message";
import { useFindingMessage } from "./use-findings";
import { ErrorTypeFields, type ErrorTypeValue } from "../quality/error-type-fields";

type Props = {
  findings: Finding[];
  canEdit: boolean;
  /** Reviewers may give a fixed or dismissed finding an MQM error type (decision 024). */
  canTypeErrors?: boolean;
  onFix: (checkId: string, error?: ErrorTypeValue) => Promise<ApiResult<unknown>>;
  onDismiss: (checkId: string, reason: string, error?: ErrorTypeValue) => Promise<ApiResult<unknown>>;
  /** Makes the dismissal form's ids unique where several lists are on the page (rows, panel). */
  idPrefix?: string;
};

/** The paragraph's open findings, each with its certain fix and a way to dismiss it with a reason. */
export function FindingsList({ findings, canEdit, canTypeErrors = false, onFix, onDismiss, idPrefix = "dismiss" }: Props) {
  const { t } = useTranslation("qa");
  const message = useFindingMessage();
  const describe = useErrorMessage();
  const [dismissing, setDismissing] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [errorTypes, setErrorTypes] = useState<Record<string, ErrorTypeValue>>({});
  const setErrorType = (checkId: string) => (value: ErrorTypeValue) => setErrorTypes((all) => ({ ...all, [checkId]: value }));
  if (findings.length === 0) return <p className="muted">{t("none")}</p>;
  return (
    <div>
      <ul className="finding-list" data-testid="findings">
        {findings.map((finding, index) => (
          <li key={`${finding.checkId}-${index}`} className={`finding finding--${finding.severity}`} data-testid="finding" data-check={finding.checkId}>
            <span className={`badge badge--${finding.severity}`}>{t(`severity.${finding.severity}`)}</span> <strong>{t(`checks.${finding.checkId}`)}</strong>
            <p className="small">{message(finding)}</p>
            {canEdit && canTypeErrors && <ErrorTypeFields value={errorTypes[finding.checkId]} onChange={setErrorType(finding.checkId)} testId="finding-error-type" />}
            {canEdit && (
              <div className="button-row">
                {finding.fix !== undefined && (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={async () => {
                      const result = await onFix(finding.checkId, errorTypes[finding.checkId]);
                      setError(result.ok ? null : describe(result.error));
                    }}
                  >
                    {t("fix", { fix: finding.fix.length > 60 ? `${finding.fix.slice(0, 57)}…` : finding.fix })}
                  </button>
                )}
                {dismissing !== finding.checkId && (
                  <button type="button" className="button button--small button--quiet" onClick={() => setDismissing(finding.checkId)}>
                    {t("dismiss")}
                  </button>
                )}
              </div>
            )}
            {dismissing === finding.checkId && (
              <form
                onSubmit={async (event) => {
                  event.preventDefault();
                  const result = await onDismiss(finding.checkId, reason, errorTypes[finding.checkId]);
                  if (result.ok) {
                    setDismissing(null);
                    setReason("");
                  }
                  setError(result.ok ? null : describe(result.error));
                }}
              >
                <label htmlFor={`${idPrefix}-${index}`}>{t("dismissReason")}</label>
                <textarea id={`${idPrefix}-${index}`} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} required />
                <div className="button-row">
                  <button type="submit" className="button button--small" disabled={reason.trim() === ""}>
                    {t("dismissConfirm")}
                  </button>
                  <button type="button" className="button button--small button--quiet" onClick={() => setDismissing(null)}>
                    {t("cancel")}
                  </button>
                </div>
              </form>
            )}
          </li>
        ))}
      </ul>
      <ErrorAlert message={error} />
    </div>
  );
}
