import type { Metadata } from "next";
import Link from "next/link";
import { DocumentTable } from "@/components/document-table";
import { Pager } from "@/components/pager";
import { can } from "@/server/auth/permissions";
import { getActor, requireActor } from "@/server/auth/session";
import { getTranslator, resolveUiLanguage } from "@/server/i18n";
import { listDocuments } from "@/server/services/documents/list-documents";
import { DocumentsFilterBar } from "@/components/documents-filter-bar";
import { isAppError } from "@/server/errors";
import { listDocumentFilterOptions } from "@/server/services/documents/list-filter-options";
import { MAX_DOCUMENT_SEARCH_LENGTH, MAX_DOCUMENT_SEARCH_SCANNED } from "@/domain/search/document-search";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator(await resolveUiLanguage(await getActor()), "documents");
  return { title: t("list.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The list's filters as the address holds them (decision 023); a repeated or empty parameter is no filter. */
function filtersFrom(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const name of ["assignee", "state", "lang", "priority", "overdue"]) {
    const value = params[name];
    if (typeof value === "string" && value !== "") filters[name] = value;
  }
  return filters;
}

/** `?page=N`; anything else (missing, repeated, not a positive whole number) is the first page. */
function pageFrom(value: string | string[] | undefined): number {
  const page = Number(typeof value === "string" ? value : undefined);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

export default async function DocumentsPage({ searchParams }: Props) {
  const actor = await requireActor("/documents");
  const t = await getTranslator(await resolveUiLanguage(actor), "documents");
  const params = await searchParams;
  const filters = filtersFrom(params);
  const page = pageFrom(params.page);
  const q = typeof params.q === "string" ? params.q.trim() : "";
  const isTooLong = q.length > MAX_DOCUMENT_SEARCH_LENGTH;
  const search = isTooLong ? "" : q;
  const searchInput: Record<string, string> = search ? { q: search } : {};
  // A filter the address got wrong (an unknown state, a bad language tag) shows the whole list rather than an error page.
  const { list, isFilterInvalid } = await listDocuments({ actor, input: { page, ...filters, ...searchInput } }).then(
    (found) => ({ list: found, isFilterInvalid: false }),
    async (error: unknown) => {
      if (!isAppError(error) || error.code !== "INVALID_INPUT") throw error;
      return { list: await listDocuments({ actor, input: { page, ...searchInput } }), isFilterInvalid: true };
    },
  );
  const options = await listDocumentFilterOptions({ actor });
  const importing = await getTranslator(await resolveUiLanguage(actor), "import");
  return (
    <section className="page">
      <div className="page-links">
        <h1>{t("list.title")}</h1>
        {can(actor, "document:import") && (
          <Link href="/documents/import" className="button" data-testid="import-link">
            {importing("open")}
          </Link>
        )}
      </div>
      <DocumentsFilterBar
        values={{ assignee: filters.assignee, state: filters.state, lang: filters.lang, priority: filters.priority, overdue: filters.overdue === "1" || filters.overdue === "true" }}
        people={options.people}
        langs={options.langs}
      />
      {/* The full-text search of titles and French text (decision 025); a plain GET form, so the search is in the address. */}
      <form method="get" action="/documents" role="search" className="button-row document-search" data-testid="document-search">
        {Object.entries(filters).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="field field--inline field--grow">
          <label htmlFor="document-search-q">{t("list.search.label")}</label>
          <input id="document-search-q" type="search" name="q" defaultValue={q} maxLength={MAX_DOCUMENT_SEARCH_LENGTH} />
        </div>
        <button type="submit" className="button button--small">
          {t("list.search.submit")}
        </button>
        {q !== "" && (
          <Link href="/documents" className="button button--small button--quiet">
            {t("list.search.clear")}
          </Link>
        )}
      </form>
      {isFilterInvalid && (
        <p className="status-error" role="alert" data-testid="filters-invalid">
          {t("list.filtersInvalid")}
        </p>
      )}
      {isTooLong && (
        <p className="status-error" role="alert">
          {t("list.search.tooLong", { max: MAX_DOCUMENT_SEARCH_LENGTH })}
        </p>
      )}
      {search !== "" && (
        <p role="status" data-testid="document-search-status">
          {list.total === 0
            ? t("list.search.none", { query: search })
            : t(list.isTotalCapped ? "list.search.resultsMore" : "list.search.results", { count: list.total, query: search })}
          {list.isSearchCapped && ` ${t("list.search.capped", { max: MAX_DOCUMENT_SEARCH_SCANNED })}`}
        </p>
      )}
      {(search === "" || list.total > 0) && <DocumentTable documents={list.documents} />}
      {list.total > 0 && (
        <Pager page={list.page} pageCount={list.pageCount} pageSize={list.pageSize} total={list.total} isTotalCapped={list.isTotalCapped} basePath="/documents" itemsKey="documents" query={{ ...filters, ...searchInput }} />
      )}
    </section>
  );
}
