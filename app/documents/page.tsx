import type { Metadata } from "next";
import Link from "next/link";
import { DocumentTable } from "@/components/document-table";
import { can } from "@/server/auth/permissions";
import { getActor, requireActor } from "@/server/auth/session";
import { getTranslator, resolveUiLanguage } from "@/server/i18n";
import { listDocuments } from "@/server/services/list-documents";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator(await resolveUiLanguage(await getActor()), "documents");
  return { title: t("list.title") };
}

export default async function DocumentsPage() {
  const actor = await requireActor("/documents");
  const t = await getTranslator(await resolveUiLanguage(actor), "documents");
  const documents = await listDocuments({ actor });
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
      <DocumentTable documents={documents} />
    </section>
  );
}
