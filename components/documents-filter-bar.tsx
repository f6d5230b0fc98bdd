"use client";

import Link from "next/link";
import { useTranslation } from "react-i18next";
import { PRIORITIES } from "@/domain/desk/priority";
import { languageName } from "@/domain/languages/language-tag";
import { DOCUMENT_STATE_FILTERS } from "@/server/services/documents/list-filters.schema";

export type FilterValues = { assignee?: string; state?: string; lang?: string; priority?: string; overdue?: boolean };

/**
 * The documents list's filters (decision 023) as a plain GET form: the address holds them
 * (`/documents?assignee=me&priority=URGENT&overdue=1`), so a filtered list can be bookmarked
 * and shared, and the form works before any script has loaded.
 */
export function DocumentsFilterBar({ values, people, langs }: { values: FilterValues; people: { id: string; name: string }[]; langs: string[] }) {
  const { t, i18n } = useTranslation("desk");
  const active = Object.values(values).filter((value) => value !== undefined && value !== false).length;
  return (
    <form method="get" action="/documents" className="document-filters" aria-label={t("filters.label")} data-testid="document-filters">
      <div className="field field--inline">
        <label htmlFor="filter-assignee">{t("filters.assignee")}</label>
        <select id="filter-assignee" name="assignee" defaultValue={values.assignee ?? ""} data-testid="filter-assignee">
          <option value="">{t("filters.anyone")}</option>
          <option value="me">{t("filters.me")}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--inline">
        <label htmlFor="filter-state">{t("filters.state")}</label>
        <select id="filter-state" name="state" defaultValue={values.state ?? ""} data-testid="filter-state">
          <option value="">{t("filters.anyState")}</option>
          {DOCUMENT_STATE_FILTERS.map((state) => (
            <option key={state} value={state}>
              {t(`filters.states.${state}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--inline">
        <label htmlFor="filter-lang">{t("filters.lang")}</label>
        <select id="filter-lang" name="lang" defaultValue={values.lang ?? ""} data-testid="filter-lang">
          <option value="">{t("filters.anyLang")}</option>
          {langs.map((lang) => (
            <option key={lang} value={lang}>
              {languageName(lang, i18n.language)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--inline">
        <label htmlFor="filter-priority">{t("filters.priority")}</label>
        <select id="filter-priority" name="priority" defaultValue={values.priority ?? ""} data-testid="filter-priority">
          <option value="">{t("filters.anyPriority")}</option>
          {PRIORITIES.map((priority) => (
            <option key={priority} value={priority}>
              {t(`priorities.${priority}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--check">
        <input id="filter-overdue" type="checkbox" name="overdue" value="1" defaultChecked={values.overdue === true} data-testid="filter-overdue" />
        <label htmlFor="filter-overdue">{t("filters.overdue")}</label>
      </div>
      <button type="submit" className="button button--small" data-testid="filter-apply">
        {t("filters.apply")}
      </button>
      {active > 0 && (
        <>
          <span className="muted small" data-testid="filter-count">
            {t("filters.active", { count: active })}
          </span>
          <Link href="/documents" className="button button--small button--quiet" data-testid="filter-clear">
            {t("filters.clear")}
          </Link>
        </>
      )}
    </form>
  );
}
