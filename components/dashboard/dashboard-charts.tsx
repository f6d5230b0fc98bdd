"use client";

import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { languageName } from "@/domain/languages/language-tag";
import type { DashboardDto } from "@/server/services/dashboard/get-dashboard.schema";

/** Colours with at least 3:1 contrast on white, told apart by the legend and the table as well. */
const COLOURS = ["#0b5cad", "#b3261e", "#1a7f37", "#8a4b00", "#6f42c1", "#0f766e", "#a21caf", "#4d5761", "#9a3412", "#1e40af"];
const CHART_HEIGHT = 260;
/** The assignments' priorities (decision 023), most pressing last so they stack on top. */
const PRIORITIES = ["NORMAL", "URGENT", "BREAKING"] as const;

function ChartCard({ id, title, hint, chart, table, isEmpty }: { id: string; title: string; hint?: string; chart: ReactNode; table: ReactNode; isEmpty: boolean }) {
  const { t } = useTranslation("quality");
  return (
    <section className="chart-card" aria-labelledby={`${id}-title`} data-testid={`chart-${id}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {hint && <p className="hint small">{hint}</p>}
      {isEmpty ? (
        <p className="muted">{t("dashboard.empty")}</p>
      ) : (
        <>
          {/* The picture for sighted readers, kept out of the keyboard and screen readers: the same figures are in the table below. */}
          <div aria-hidden="true" style={{ width: "100%", height: CHART_HEIGHT }}>
            <ResponsiveContainer width="100%" height="100%">
              {chart}
            </ResponsiveContainer>
          </div>
          <details>
            <summary>{t("dashboard.table")}</summary>
            {table}
          </details>
        </>
      )}
    </section>
  );
}

/** The dashboard's charts (decision 024), each with its figures as a table behind it. */
export function DashboardCharts({ dashboard }: { dashboard: DashboardDto }) {
  const { t, i18n } = useTranslation(["quality", "documents", "qa", "desk"]);
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const dayLabel = (day: string) => new Intl.DateTimeFormat(i18n.language, { day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
  const fullDay = (day: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
  const stateLabel = (state: string) => t(`documents:states.${state}`);

  const states = [...new Set(dashboard.openWork.map((row) => row.state))];
  const langs = [...new Set(dashboard.openWork.map((row) => row.lang))];
  const openByLang = langs.map((lang) => ({
    lang: languageName(lang, i18n.language),
    ...Object.fromEntries(dashboard.openWork.filter((row) => row.lang === lang).map((row) => [row.state, row.paragraphs])),
  }));

  const qualityDays = [...new Set(dashboard.qualityByTranslator.flatMap((line) => line.points.map((point) => point.day)))].sort();
  const qualityRows = qualityDays.map((day) => ({
    day,
    ...Object.fromEntries(
      dashboard.qualityByTranslator.flatMap((line) => {
        const point = line.points.find((p) => p.day === day);
        return point ? [[line.translatorId, point.score]] : [];
      }),
    ),
  }));
  const overdueByLang = [...new Set(dashboard.overdue.map((row) => row.lang))].map((lang) => ({
    lang,
    ...Object.fromEntries(PRIORITIES.map((priority) => [priority, dashboard.overdue.find((row) => row.lang === lang && row.priority === priority)?.translations ?? 0])),
  })) as ({ lang: string } & Record<(typeof PRIORITIES)[number], number>)[];
  const findings = dashboard.findingsByCheck.map((row) => ({ ...row, label: t(`qa:checks.${row.checkId}`, { defaultValue: row.checkId }) }));

  return (
    <div className="dashboard-grid">
      <ChartCard
        id="published"
        title={t("dashboard.published.title")}
        isEmpty={false}
        chart={
          <BarChart accessibilityLayer={false} data={dashboard.publishedPerDay}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" tickFormatter={dayLabel} />
            <YAxis allowDecimals={false} />
            <Tooltip labelFormatter={(day) => fullDay(String(day))} />
            <Bar dataKey="count" name={t("dashboard.published.count")} fill={COLOURS[0]} isAnimationActive={false} />
          </BarChart>
        }
        table={
          <table className="table" data-testid="table-published">
            <thead>
              <tr>
                <th scope="col">{t("dashboard.day")}</th>
                <th scope="col">{t("dashboard.published.count")}</th>
              </tr>
            </thead>
            <tbody>
              {dashboard.publishedPerDay
                .filter((row) => row.count > 0)
                .map((row) => (
                  <tr key={row.day}>
                    <td>{fullDay(row.day)}</td>
                    <td>{number.format(row.count)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        }
      />
      <ChartCard
        id="time-to-publication"
        title={t("dashboard.timeToPublication.title")}
        isEmpty={dashboard.timeToPublication.length === 0}
        chart={
          <LineChart accessibilityLayer={false} data={dashboard.timeToPublication}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" tickFormatter={dayLabel} />
            <YAxis />
            <Tooltip labelFormatter={(day) => fullDay(String(day))} />
            <Line dataKey="medianHours" name={t("dashboard.timeToPublication.hours")} stroke={COLOURS[0]} isAnimationActive={false} />
          </LineChart>
        }
        table={
          <table className="table" data-testid="table-time-to-publication">
            <thead>
              <tr>
                <th scope="col">{t("dashboard.day")}</th>
                <th scope="col">{t("dashboard.timeToPublication.hours")}</th>
                <th scope="col">{t("dashboard.timeToPublication.publications")}</th>
              </tr>
            </thead>
            <tbody>
              {dashboard.timeToPublication.map((row) => (
                <tr key={row.day}>
                  <td>{fullDay(row.day)}</td>
                  <td>{number.format(row.medianHours)}</td>
                  <td>{number.format(row.publications)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <ChartCard
        id="open-work"
        title={t("dashboard.openWork.title")}
        hint={t("dashboard.openWork.hint")}
        isEmpty={dashboard.openWork.length === 0}
        chart={
          <BarChart accessibilityLayer={false} data={openByLang}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="lang" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            {states.map((state, index) => (
              <Bar key={state} dataKey={state} name={stateLabel(state)} stackId="states" fill={COLOURS[index % COLOURS.length]} isAnimationActive={false} />
            ))}
          </BarChart>
        }
        table={
          <table className="table" data-testid="table-open-work">
            <thead>
              <tr>
                <th scope="col">{t("dashboard.openWork.lang")}</th>
                {states.map((state) => (
                  <th key={state} scope="col">
                    {stateLabel(state)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {langs.map((lang) => (
                <tr key={lang}>
                  <th scope="row">{languageName(lang, i18n.language)}</th>
                  {states.map((state) => (
                    <td key={state}>{number.format(dashboard.openWork.find((row) => row.lang === lang && row.state === state)?.paragraphs ?? 0)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <ChartCard
        id="overdue"
        title={t("dashboard.overdue.title")}
        hint={t("dashboard.overdue.hint")}
        isEmpty={dashboard.overdue.length === 0}
        chart={
          <BarChart accessibilityLayer={false} data={overdueByLang}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="lang" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            {PRIORITIES.map((priority, index) => (
              <Bar key={priority} dataKey={priority} name={t(`desk:priorities.${priority}`)} stackId="priorities" fill={COLOURS[(index + 1) % COLOURS.length]} isAnimationActive={false} />
            ))}
          </BarChart>
        }
        table={
          <table className="table" data-testid="table-overdue">
            <thead>
              <tr>
                <th scope="col">{t("dashboard.openWork.lang")}</th>
                {PRIORITIES.map((priority) => (
                  <th key={priority} scope="col">
                    {t(`desk:priorities.${priority}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {overdueByLang.map((row) => (
                <tr key={row.lang}>
                  <th scope="row">{languageName(row.lang, i18n.language)}</th>
                  {PRIORITIES.map((priority) => (
                    <td key={priority}>{number.format(row[priority])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <ChartCard
        id="quality"
        title={t("dashboard.quality.title")}
        hint={t("dashboard.quality.hint")}
        isEmpty={dashboard.qualityByTranslator.length === 0}
        chart={
          <LineChart accessibilityLayer={false} data={qualityRows}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" tickFormatter={dayLabel} />
            <YAxis />
            <Tooltip labelFormatter={(day) => fullDay(String(day))} />
            <Legend />
            {dashboard.qualityByTranslator.map((line, index) => (
              <Line key={line.translatorId} dataKey={line.translatorId} name={line.name} stroke={COLOURS[index % COLOURS.length]} connectNulls isAnimationActive={false} />
            ))}
          </LineChart>
        }
        table={
          <table className="table" data-testid="table-quality">
            <thead>
              <tr>
                <th scope="col">{t("dashboard.quality.translator")}</th>
                <th scope="col">{t("dashboard.day")}</th>
                <th scope="col">{t("dashboard.quality.score")}</th>
                <th scope="col">{t("dashboard.quality.penalty")}</th>
                <th scope="col">{t("dashboard.quality.words")}</th>
              </tr>
            </thead>
            <tbody>
              {dashboard.qualityByTranslator.flatMap((line) =>
                line.points.map((point) => (
                  <tr key={`${line.translatorId}-${point.day}`}>
                    <td>{line.name}</td>
                    <td>{fullDay(point.day)}</td>
                    <td>{number.format(point.score)}</td>
                    <td>{number.format(point.penaltyPer1000Words)}</td>
                    <td>{number.format(point.words)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        }
      />
      <ChartCard
        id="findings"
        title={t("dashboard.findings.title")}
        isEmpty={findings.length === 0}
        chart={
          <BarChart accessibilityLayer={false} data={findings} layout="vertical" margin={{ left: 24 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={140} />
            <Tooltip />
            <Legend />
            <Bar dataKey="dismissed" name={t("dashboard.findings.dismissed")} fill={COLOURS[3]} isAnimationActive={false} />
            <Bar dataKey="typedErrors" name={t("dashboard.findings.typedErrors")} fill={COLOURS[1]} isAnimationActive={false} />
          </BarChart>
        }
        table={
          <table className="table" data-testid="table-findings">
            <thead>
              <tr>
                <th scope="col">{t("dashboard.findings.check")}</th>
                <th scope="col">{t("dashboard.findings.dismissed")}</th>
                <th scope="col">{t("dashboard.findings.typedErrors")}</th>
              </tr>
            </thead>
            <tbody>
              {findings.map((row) => (
                <tr key={row.checkId}>
                  <td>{row.label}</td>
                  <td>{number.format(row.dismissed)}</td>
                  <td>{number.format(row.typedErrors)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </div>
  );
}
