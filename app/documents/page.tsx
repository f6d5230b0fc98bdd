import type { Metadata } from "next";
import Link from "next/link";
import { DocumentTable } from "@/components/document-table";
import { Pager } from "@/components/pager";
import { can } from "@/server/auth/permissions";
import { getActor, requireActor } from "@/server/auth/session";
import { getTranslator, resolveUiLanguage } from "@/server/i18n";
import { listDocuments } from "@/server/services/documents/list-documents";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator(await resolveUiLanguage(await getActor()), "documents");
  return { title: t("list.title") };
}

type Props = { searchParams: Promise<{ page?: string | string[] }> };

/** `?page=N`; anything else (missing, repeated, not a positive whole number) is the first page. */
function pageFrom(value: string | string[] | undefined): number {
  const page = Number(typeof value === "string" ? value : undefined);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

export default async function DocumentsPage({ searchParams }: Props) {
  const actor = await requireActor("/documents");
  const t = await getTranslator(await resolveUiLanguage(actor), "documents");
  const list = await listDocuments({ actor, input: { page: pageFrom((await searchParams).page) } });
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
      <DocumentTable documents={list.documents} />
      {list.total > 0 && <Pager page={list.page} pageCount={list.pageCount} pageSize={list.pageSize} total={list.total} basePath="/documents" itemsKey="documents" />}
    </section>
  );
}
