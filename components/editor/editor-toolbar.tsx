"use client";

import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { SEGMENT_KINDS } from "@/domain/segmentation/classify-segment";
import { SEGMENT_STATES } from "@/domain/workflow/segment-state";
import { BulkApprove } from "./bulk-approve";
import type { Filters } from "./filters";
import { ScopeSelect } from "./scope-select";

type Props = {
  documentId: string;
  filters: Filters;
  onFiltersChange: (filters: Filters) => void;
  shown: number;
  total: number;
  /** The names of the other people on this document right now. */
  others: string[];
  canApprove: boolean;
  onBulkApproved: () => Promise<void>;
  /** The translation shown (BCP 47): bulk approval works on it. */
  lang: string;
  onShowShortcuts: () => void;
  /** Paragraphs whose French changed, and paragraphs the French removed: the scope filter's counts. */
  outdatedCount?: number;
  removedCount?: number;
};

/** A labelled drop-down whose first choice, "All", filters nothing. */
function FilterSelect({ id, label, value, onChange, children }: { id: string; label: string; value: string; onChange: (value: string) => void; children: ReactNode }) {
  const { t } = useTranslation("editor");
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t("toolbar.all")}</option>
        {children}
      </select>
    </div>
  );
}

/** The filters above the paragraphs, bulk approval, the shortcuts button and who else is here. */
export function EditorToolbar({ documentId, lang, filters, onFiltersChange, shown, total, others, canApprove, onBulkApproved, onShowShortcuts, outdatedCount = 0, removedCount = 0 }: Props) {
  const { t } = useTranslation(["editor", "documents"]);
  return (
    <div className="toolbar" role="group" aria-label={t("toolbar.label")}>
      <ScopeSelect value={filters.scope} onChange={(scope) => onFiltersChange({ ...filters, scope })} outdated={outdatedCount} removed={removedCount} />
      <FilterSelect id="filter-state" label={t("toolbar.state")} value={filters.state} onChange={(state) => onFiltersChange({ ...filters, state })}>
        {SEGMENT_STATES.map((state) => (
          <option key={state} value={state}>
            {t(`documents:states.${state}`)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect id="filter-kind" label={t("toolbar.kind")} value={filters.kind} onChange={(kind) => onFiltersChange({ ...filters, kind })}>
        {SEGMENT_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`documents:kinds.${kind}`)}
          </option>
        ))}
      </FilterSelect>
      <div className="field field--inline field--check">
        <input id="filter-comments" type="checkbox" checked={filters.hasComments} onChange={(e) => onFiltersChange({ ...filters, hasComments: e.target.checked })} />
        <label htmlFor="filter-comments">{t("toolbar.hasComments")}</label>
      </div>
      <div className="field field--inline field--grow">
        <label htmlFor="filter-search">{t("toolbar.search")}</label>
        <input id="filter-search" type="search" value={filters.search} onChange={(e) => onFiltersChange({ ...filters, search: e.target.value })} />
      </div>
      <div className="toolbar__buttons">
        {canApprove && <BulkApprove documentId={documentId} lang={lang} onChanged={onBulkApproved} />}
        <button type="button" className="button button--small button--quiet" onClick={onShowShortcuts}>
          {t("toolbar.shortcuts")}
        </button>
      </div>
      <p className="muted small toolbar__count" aria-live="polite">
        {t("toolbar.showing", { count: shown, shown, total })}
        {others.length > 0 && (
          <span className="presence" data-testid="presence">
            {" · "}
            {t("presence.here", { names: others.join(", ") })}
          </span>
        )}
      </p>
    </div>
  );
}
