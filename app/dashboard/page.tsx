import type { Metadata } from "next";
import { DashboardCharts } from "@/components/dashboard/dashboard-charts";
import { ForbiddenNotice } from "@/components/forbidden-notice";
import { MAX_DASHBOARD_DAYS } from "@/domain/quality/dashboard-range";
import { can } from "@/server/auth/permissions";
import { getActor, requireActor } from "@/server/auth/session";
import { isAppError } from "@/server/errors";
import { getTranslator, resolveUiLanguage } from "@/server/i18n";
import { getDashboard } from "@/server/services/dashboard/get-dashboard";
import type { DashboardDto } from "@/server/services/dashboard/get-dashboard.schema";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator(await resolveUiLanguage(await getActor()), "quality");
  return { title: t("dashboard.title") };
}

type Props = { searchParams: Promise<{ from?: string | string[]; to?: string | string[] }> };

const one = (value: string | string[] | undefined) => (typeof value === "string" && value !== "" ? value : undefined);

export default async function DashboardPage({ searchParams }: Props) {
  const params = await searchParams;
  const from = one(params.from);
  const to = one(params.to);
  const query = new URLSearchParams({ ...(from ? { from } : {}), ...(to ? { to } : {}) }).toString();
  const actor = await requireActor(`/dashboard${query ? `?${query}` : ""}`);
  const language = await resolveUiLanguage(actor);
  if (!can(actor, "dashboard:view")) return <ForbiddenNotice language={language} />;
  const t = await getTranslator(language, "quality");
  const errors = await getTranslator(language, "errors");
  let dashboard: DashboardDto | null = null;
  let problem: string | null = null;
  try {
    dashboard = await getDashboard({ actor, input: { from, to } });
  } catch (error) {
    if (!isAppError(error) || error.code !== "INVALID_INPUT") throw error;
    const { reason, field } = error.params;
    problem = errors([`INVALID_INPUT_reasons.${String(reason)}`, "INVALID_INPUT_field"], { ...error.params, field: t(`dashboard.${field === "from" ? "from" : "to"}`) });
  }
  return (
    <section className="page">
      <h1>{t("dashboard.title")}</h1>
      <p className="hint">{t("dashboard.intro", { limit: MAX_DASHBOARD_DAYS })}</p>
      <form method="get" action="/dashboard" className="dashboard-range" data-testid="dashboard-range">
        <div className="field">
          <label htmlFor="dashboard-from">{t("dashboard.from")}</label>
          <input id="dashboard-from" name="from" type="date" defaultValue={dashboard?.from ?? from} required />
        </div>
        <div className="field">
          <label htmlFor="dashboard-to">{t("dashboard.to")}</label>
          <input id="dashboard-to" name="to" type="date" defaultValue={dashboard?.to ?? to} required />
        </div>
        <button type="submit" className="button">
          {t("dashboard.show")}
        </button>
      </form>
      {problem && (
        <p className="alert alert--error" role="alert" data-testid="dashboard-error">
          {problem}
        </p>
      )}
      {dashboard && <DashboardCharts dashboard={dashboard} />}
    </section>
  );
}
