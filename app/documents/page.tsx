import type { Metadata } from "next";
import { DocumentTable } from "@/components/document-table";
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
  return (
    <section className="page">
      <h1>{t("list.title")}</h1>
      <DocumentTable documents={documents} />
    </section>
  );
}
