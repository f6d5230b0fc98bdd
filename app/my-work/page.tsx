import type { Metadata } from "next";
import { MyWorkList } from "@/components/desk/my-work-list";
import { Pager } from "@/components/pager";
import { getActor, requireActor } from "@/server/auth/session";
import { getTranslator, resolveUiLanguage } from "@/server/i18n";
import { listMyWork } from "@/server/services/desk/list-my-work";
import { MY_WORK_PAGE_SIZE } from "@/server/services/desk/list-my-work.schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator(await resolveUiLanguage(await getActor()), "desk");
  return { title: t("myWork.title") };
}

type Props = { searchParams: Promise<{ page?: string | string[] }> };

function pageFrom(value: string | string[] | undefined): number {
  const page = Number(typeof value === "string" ? value : undefined);
  return Number.isSafeInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}

/** "My work" (decision 023): what waits for the signed-in person, the most pressing first. */
export default async function MyWorkPage({ searchParams }: Props) {
  const actor = await requireActor("/my-work");
  const t = await getTranslator(await resolveUiLanguage(actor), "desk");
  const work = await listMyWork({ actor, input: { page: pageFrom((await searchParams).page) } });
  return (
    <section className="page">
      <h1>{t("myWork.title")}</h1>
      <p>{t("myWork.intro")}</p>
      {work.isTruncated && (
        <p className="status-error" data-testid="my-work-truncated">
          {t("myWork.truncated", { limit: work.limit })}
        </p>
      )}
      <MyWorkList articles={work.articles} />
      {work.total > 0 && <Pager page={work.page} pageCount={work.pageCount} pageSize={MY_WORK_PAGE_SIZE} total={work.total} basePath="/my-work" itemsKey="documents" />}
    </section>
  );
}
