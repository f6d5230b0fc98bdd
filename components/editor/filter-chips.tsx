"use client";

import { useTranslation } from "react-i18next";
import { activeFilters, NO_FILTERS, type Filters } from "./filters";

/**
 * Every filter that narrows the table, as a chip that clears it: a filter set elsewhere (a
 * quality check from the Issues tab, a checklist item from the publish page) shows here even
 * though no drop-down names it.
 */
export function FilterChips({ filters, onFiltersChange }: { filters: Filters; onFiltersChange: (filters: Filters) => void }) {
  const { t } = useTranslation(["editor", "documents", "qa", "publishing"]);
  const active = activeFilters(filters);
  if (active.length === 0) return null;
  const describe = (key: keyof Filters): string => {
    switch (key) {
      case "scope":
        return t("chips.value", { name: t("toolbar.scope"), value: t(filters.scope === "outdated" ? "chips.scopeOutdated" : "chips.scopeRemoved") });
      case "state":
        return t("chips.value", { name: t("toolbar.state"), value: t(`documents:states.${filters.state}`) });
      case "kind":
        return t("chips.value", { name: t("toolbar.kind"), value: t(`documents:kinds.${filters.kind}`) });
      case "hasComments":
        return t("toolbar.hasComments");
      case "search":
        return t("chips.search", { text: filters.search.trim() });
      case "check":
        return t("chips.value", { name: t("chips.check"), value: t(`qa:checks.${filters.check}`, { defaultValue: filters.check }) });
      case "blocker":
        return t("chips.value", { name: t("chips.blocker"), value: t(`publishing:checklist.items.${filters.blocker}`, { defaultValue: filters.blocker }) });
    }
  };
  return (
    <ul className="filter-chips" aria-label={t("chips.label")} data-testid="filter-chips">
      {active.map((key) => {
        const text = describe(key);
        return (
          <li key={key} className="filter-chip" data-testid="filter-chip" data-filter={key}>
            <span>{text}</span>
            <button
              type="button"
              className="filter-chip__clear"
              aria-label={t("chips.clear", { filter: text })}
              onClick={() => onFiltersChange({ ...filters, [key]: NO_FILTERS[key] })}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        );
      })}
      {active.length > 1 && (
        <li>
          <button type="button" className="link-button small" onClick={() => onFiltersChange(NO_FILTERS)}>
            {t("chips.clearAll")}
          </button>
        </li>
      )}
    </ul>
  );
}
