"use client";

import { useTranslation } from "react-i18next";
import { hasOpenError } from "@/domain/qa/open-findings";
import type { Finding } from "@/domain/qa/types";
import type { ApiResult } from "../api/client";
import { FindingsList } from "./findings-list";

type Props = {
  segmentId: string;
  findings: Finding[] | undefined;
  canEdit: boolean;
  onFix: (segmentId: string, checkId: string) => Promise<ApiResult<unknown>>;
  onDismiss: (segmentId: string, checkId: string, reason: string) => Promise<ApiResult<unknown>>;
};

/**
 * A paragraph's open findings under its text: one collapsed line (how many, which checks) that
 * opens to each finding's message, its one-click fix and a way to dismiss it. A component of its
 * own, rendered by the row, so that other layouts of the row (virtualised, compact) keep it whole.
 */
export function RowFindings({ segmentId, findings, canEdit, onFix, onDismiss }: Props) {
  const { t } = useTranslation("qa");
  if (!findings || findings.length === 0) return null;
  const severity = hasOpenError(findings) ? "error" : "warning";
  const names = [...new Set(findings.map((f) => t(`checks.${f.checkId}`)))].join(", ");
  return (
    <details className={`row-findings row-findings--${severity}`} data-testid="row-findings">
      <summary className="small">
        {t("row.summary", { count: findings.length })} <span className="muted">{names}</span>
      </summary>
      <FindingsList
        findings={findings}
        canEdit={canEdit}
        onFix={(checkId) => onFix(segmentId, checkId)}
        onDismiss={(checkId, reason) => onDismiss(segmentId, checkId, reason)}
        idPrefix={`row-dismiss-${segmentId}`}
      />
    </details>
  );
}
