import type { Metadata } from "next";
import Link from "next/link";
import { MAX_IMPORT_BYTES } from "@/domain/import/decode-text";
import { ImportWizard } from "@/components/import/import-wizard";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { can } from "@/server/auth/permissions";
import { getActor, requireActor } from "@/server/auth/session";
import { getTranslator, resolveUiLanguage } from "@/server/i18n";
import { listAssignablePeopleFor } from "@/server/services/desk/assignees";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator(await resolveUiLanguage(await getActor()), "import");
  return { title: t("title") };
}

export default async function ImportPage() {
  const actor = await requireActor("/documents/import");
  const language = await resolveUiLanguage(actor);
  const t = await getTranslator(language, "import");
  const documents = await getTranslator(language, "documents");
  if (!can(actor, "document:import")) {
    return <ForbiddenNotice language={language} />;
  }
  return (
    <section className="page">
      <p>
        <Link href="/documents">← {documents("view.back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <ImportWizard maxBytes={MAX_IMPORT_BYTES} assignable={can(actor, "assignment:manage") ? await listAssignablePeopleFor({ actor }) : undefined} />
    </section>
  );
}
