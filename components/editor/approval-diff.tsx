"use client";

import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { textAtLastApproval } from "@/domain/history/last-approval";
import { diffPhrases } from "@/domain/history/phrase-diff";
import { getSegmentHistoryContract, type HistoryEntryDto } from "@/server/services/segments/get-segment-history.schema";
import type { SegmentDto } from "@/server/services/segments/segment-dto.schema";
import { callRoute } from "../api/client";
import { DiffText } from "./diff-text";

/**
 * At approval time, what changed in the translation since it was last approved (nothing shown
 * for a paragraph never approved): the reviewer reads only the change, not the whole text again.
 */
export function ApprovalDiff({ segment }: { segment: SegmentDto }) {
  const { t } = useTranslation("editor");
  const [entries, setEntries] = useState<HistoryEntryDto[] | null>(null);

  useEffect(() => {
    let isCurrent = true;
    void callRoute(getSegmentHistoryContract, { params: { id: segment.id } }).then((result) => {
      if (isCurrent && result.ok) setEntries(result.data);
    });
    return () => {
      isCurrent = false;
    };
  }, [segment.id, segment.version]);

  const approved = useMemo(() => (entries === null ? null : textAtLastApproval(entries, segment.targetText)), [entries, segment.targetText]);
  if (approved === null) return null;
  return (
    <div className="approval-diff" data-testid="approval-diff">
      <h4>{t("approvalDiff.title")}</h4>
      {approved === segment.targetText ? (
        <p className="muted small">{t("approvalDiff.unchanged")}</p>
      ) : (
        <DiffText parts={diffPhrases(approved, segment.targetText)} />
      )}
    </div>
  );
}
