"use client";

import { useTranslation } from "react-i18next";
import type { SegmentScope } from "./filters";

/**
 * Which paragraphs to look at: the article, those whose French changed since they were
 * translated, or those a change of the French removed (read-only, with their history).
 */
export function ScopeSelect({ value, onChange, outdated, removed }: { value: SegmentScope; onChange: (scope: SegmentScope) => void; outdated: number; removed: number }) {
  const { t } = useTranslation("editor");
  return (
    <div className="field field--inline">
      <label htmlFor="filter-scope">{t("toolbar.scope")}</label>
      <select id="filter-scope" value={value} onChange={(e) => onChange(e.target.value as SegmentScope)} data-testid="filter-scope">
        <option value="">{t("toolbar.scopeAll")}</option>
        <option value="outdated">{t("toolbar.scopeOutdated", { count: outdated })}</option>
        <option value="removed">{t("toolbar.scopeRemoved", { count: removed })}</option>
      </select>
    </div>
  );
}
