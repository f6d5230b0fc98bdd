import type { Metadata } from "next";
import Link from "next/link";
import { DocumentTable } from "@/components/document-table";
import { Pager } from "@/components/pager";
import { can } from "@/server/auth/permissions";
import { getActor, requireActor } from "@/server/auth/session";
import { getTranslator, resolveUiLanguage } from "@/server/i18n";
import { listDocuments } from "@/server/services/documents/list-documents";
import { MAX_DOCUMENT_SEARCH_LENGTH } from "@/domain/search/document-search";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator(await resolveUiLanguage(await getActor()), "documents");
  return { title: t("list.title") };
}

type Props = { searchParams: Promise<{ page?: string | string[]; q?: string | string[] }> };

/** `?page=N`; anything else (missing, repeated, not a positive whole number) is the first page. */
function pageFrom(value: string | string[] | undefined): number {
  const page = Number(typeof value === "string" ? value : undefined);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

export default async function DocumentsPage({ searchParams }: Props) {
  const actor = await requireActor("/documents");
  const t = await getTranslator(await resolveUiLanguage(actor), "documents");
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q.trim() : "";
  const isTooLong = q.length > MAX_DOCUMENT_SEARCH_LENGTH;
  const search = isTooLong ? "" : q;
  const list = await listDocuments({ actor, input: { page: pageFrom(params.page), ...(search ? { q: search } : {}) } });
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
      {/* The full-text search of titles and French text (decision 025); a plain GET form, so the search is in the address. */}
      <form method="get" action="/documents" role="search" className="button-row document-search" data-testid="document-search">
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
      {isTooLong && (
        <p className="status-error" role="alert">
          {t("list.search.tooLong", { max: MAX_DOCUMENT_SEARCH_LENGTH })}
        </p>
      )}
      {search !== "" && (
        <p role="status" data-testid="document-search-status">
          {list.total === 0 ? t("list.search.none", { query: search }) : t("list.search.results", { count: list.total, query: search })}
        </p>
      )}
      {(search === "" || list.total > 0) && <DocumentTable documents={list.documents} />}
      {list.total > 0 && (
        <Pager page={list.page} pageCount={list.pageCount} pageSize={list.pageSize} total={list.total} basePath="/documents" itemsKey="documents" params={search ? { q: search } : undefined} />
      )}
    </section>
  );
}
