"use client";

import { useTranslation } from "react-i18next";
import type { Finding, GlossaryEntry } from "@/domain/qa/types";
import type { SegmentDto } from "@/server/services/segments/segment-dto.schema";
import type { ApiResult } from "../api/client";
import { FindingsList } from "./findings-list";
import { GlossaryHints } from "./glossary-hints";

type Props = {
  segment: SegmentDto;
  /** The text being edited, when there is a draft: the glossary hints follow it. */
  text: string;
  findings: Finding[];
  glossary: readonly GlossaryEntry[];
  targetLang: string;
  canEdit: boolean;
  onFix: (checkId: string) => Promise<ApiResult<unknown>>;
  onDismiss: (checkId: string, reason: string) => Promise<ApiResult<unknown>>;
};

/** In the Issues tab, the selected paragraph's findings and glossary hints, above the document's counts. */
export function SelectedIssues({ segment, text, findings, glossary, targetLang, canEdit, onFix, onDismiss }: Props) {
  const { t } = useTranslation(["qa", "memory"]);
  return (
    <section aria-labelledby="selected-issues-title" className="panel" data-testid="selected-issues">
      <h2 id="selected-issues-title">{t("qa:selected.title", { number: segment.position + 1 })}</h2>
      <FindingsList findings={findings} canEdit={canEdit} onFix={onFix} onDismiss={onDismiss} idPrefix="issues-dismiss" />
      <GlossaryHints sourceText={segment.sourceText} targetText={text} glossary={glossary} targetLang={targetLang} />
    </section>
  );
}
