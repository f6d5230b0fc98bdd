/**
 * The dashboard's date range (decision 024): whole UTC days, `from` and `to` included, as
 * YYYY-MM-DD in the URL. Capped so that no chart reads more than a year of history.
 */
export const MAX_DASHBOARD_DAYS = 366;
/** The range shown when the URL gives none: the last 30 days, today included. */
export const DEFAULT_DASHBOARD_DAYS = 30;
/** Translators drawn in the quality chart: those with the most words published in the range. */
export const MAX_DASHBOARD_TRANSLATORS = 10;

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const toIsoDate = (date: Date) => date.toISOString().slice(0, 10);

export type DashboardRange = { from: string; to: string; days: number };

export type RangeProblem = { field: "from" | "to"; reason: "invalid-date" | "before-start" | "range-too-long" };

/** The range asked for, defaults filled in, or what is wrong with it. */
export function resolveDashboardRange(input: { from?: string; to?: string }, today: Date): DashboardRange | RangeProblem {
  const to = input.to ?? toIsoDate(today);
  if (!isIsoDate(to)) return { field: "to", reason: "invalid-date" };
  const from = input.from ?? toIsoDate(new Date(Date.parse(`${to}T00:00:00Z`) - (DEFAULT_DASHBOARD_DAYS - 1) * DAY_MS));
  if (!isIsoDate(from)) return { field: "from", reason: "invalid-date" };
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
  if (days < 1) return { field: "to", reason: "before-start" };
  if (days > MAX_DASHBOARD_DAYS) return { field: "to", reason: "range-too-long" };
  return { from, to, days };
}

/** Every day of the range, so that a chart shows the days without events as zero. */
export function daysOf(range: Pick<DashboardRange, "from" | "days">): string[] {
  const start = Date.parse(`${range.from}T00:00:00Z`);
  return Array.from({ length: range.days }, (_, index) => toIsoDate(new Date(start + index * DAY_MS)));
}
