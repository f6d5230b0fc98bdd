import "server-only";
import { daysOf, MAX_DASHBOARD_TRANSLATORS, resolveDashboardRange } from "@/domain/quality/dashboard-range";
import { scoreQuality } from "@/domain/quality/mqm";
import { db, isPostgres } from "../../db";
import { AppError } from "../../errors";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { dashboardQuery, type DashboardDto } from "./get-dashboard.schema";

/** A timestamp column's UTC day as YYYY-MM-DD (SQLite keeps ISO 8601 text, decision 001). */
const dayOf = (column: string) => (isPostgres ? `to_char(${column}, 'YYYY-MM-DD')` : `substr(${column}, 1, 10)`);
/** Hours between two timestamp columns. */
const hoursBetween = (later: string, earlier: string) =>
  isPostgres ? `EXTRACT(EPOCH FROM (${later} - ${earlier})) / 3600.0` : `(julianday(${later}) - julianday(${earlier})) * 24.0`;

/** A positional parameter: each is used once, in order, so SQLite's "?" matches PostgreSQL's "$n". */
const p = (n: number) => (isPostgres ? `$${n}` : "?");

const toNumber = (value: unknown) => Number(value);

/**
 * The desk's dashboard (decision 024). Every figure is aggregated by the database over a range
 * of at most MAX_DASHBOARD_DAYS days, so its cost does not grow with the archive's history.
 */
export async function getDashboard({ actor, input, today = new Date() }: { actor: Actor; input: unknown; today?: Date }): Promise<DashboardDto> {
  assertCan(actor, "dashboard:view");
  const query = parseInput(dashboardQuery, input);
  const range = resolveDashboardRange(query, today);
  if ("reason" in range) throw new AppError("INVALID_INPUT", { field: range.field, reason: range.reason, limit: 366 });
  const start = new Date(`${range.from}T00:00:00Z`);
  const end = new Date(Date.parse(`${range.to}T00:00:00Z`) + 86_400_000);
  const inRange = { gte: start, lt: end };

  const [published, timeToPublication, openWork, shares, dismissed, typed, overdue] = await Promise.all([
    db.$queryRawUnsafe<{ day: string; count: unknown }[]>(
      `SELECT ${dayOf(`"createdAt"`)} AS day, COUNT(*) AS count FROM "Publication" WHERE "createdAt" >= ${p(1)} AND "createdAt" < ${p(2)} GROUP BY 1`,
      start,
      end,
    ),
    // The median by window functions, the same SQL on both databases.
    db.$queryRawUnsafe<{ day: string; median: unknown; publications: unknown }[]>(
      `WITH t AS (
         SELECT ${dayOf(`p."createdAt"`)} AS day, ${hoursBetween(`p."createdAt"`, `d."createdAt"`)} AS hours
         FROM "Publication" p JOIN "Document" d ON d."id" = p."documentId"
         WHERE p."number" = 1 AND p."createdAt" >= ${p(1)} AND p."createdAt" < ${p(2)}
       ), r AS (
         SELECT day, hours, ROW_NUMBER() OVER (PARTITION BY day ORDER BY hours) AS rn, COUNT(*) OVER (PARTITION BY day) AS n FROM t
       )
       SELECT day, AVG(hours) AS median, MAX(n) AS publications FROM r WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY day ORDER BY day`,
      start,
      end,
    ),
    db.segment.groupBy({
      by: ["lang", "state"],
      where: { removedInRevision: null, state: { notIn: ["APPROVED", "EXCLUDED"] } },
      _count: { _all: true },
      orderBy: [{ lang: "asc" }, { state: "asc" }],
    }),
    db.$queryRawUnsafe<{ translatorId: string; day: string; words: unknown; penalty: unknown }[]>(
      `SELECT "translatorId", ${dayOf(`"createdAt"`)} AS day, SUM("words") AS words, SUM("penaltyPoints") AS penalty
       FROM "QualityShare" WHERE "createdAt" >= ${p(1)} AND "createdAt" < ${p(2)} GROUP BY 1, 2`,
      start,
      end,
    ),
    db.findingDismissal.groupBy({ by: ["checkId"], where: { createdAt: inRange }, _count: { _all: true } }),
    db.reviewError.groupBy({ by: ["checkId"], where: { createdAt: inRange, checkId: { not: null } }, _count: { _all: true } }),
    // Translations past their due time and not published, now (decision 023's assignments): counts only, so no title of a confidential article shows.
    db.$queryRawUnsafe<{ lang: string; priority: string; count: unknown }[]>(
      `SELECT t."lang" AS lang, a."priority" AS priority, COUNT(*) AS count
       FROM "Assignment" a JOIN "Translation" t ON t."id" = a."translationId"
       WHERE a."dueAt" < ${p(1)} AND t."status" <> 'PUBLISHED' GROUP BY 1, 2 ORDER BY 1, 2`,
      today,
    ),
  ]);

  const perDay = new Map(published.map((row) => [row.day, toNumber(row.count)]));

  // The translators with the most words in the range, each a line of the chart.
  const wordsByTranslator = new Map<string, number>();
  for (const share of shares) wordsByTranslator.set(share.translatorId, (wordsByTranslator.get(share.translatorId) ?? 0) + toNumber(share.words));
  const translatorIds = [...wordsByTranslator.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_DASHBOARD_TRANSLATORS)
    .map(([id]) => id);
  const names = new Map(
    (await db.user.findMany({ where: { id: { in: translatorIds } }, select: { id: true, name: true } })).map((user) => [user.id, user.name]),
  );

  const checks = new Map<string, { dismissed: number; typedErrors: number }>();
  for (const row of dismissed) checks.set(row.checkId, { dismissed: row._count._all, typedErrors: 0 });
  for (const row of typed) {
    if (!row.checkId) continue;
    const entry = checks.get(row.checkId) ?? { dismissed: 0, typedErrors: 0 };
    checks.set(row.checkId, { ...entry, typedErrors: row._count._all });
  }

  return {
    from: range.from,
    to: range.to,
    days: range.days,
    publishedPerDay: daysOf(range).map((day) => ({ day, count: perDay.get(day) ?? 0 })),
    timeToPublication: timeToPublication.map((row) => ({
      day: row.day,
      medianHours: Math.round(toNumber(row.median) * 10) / 10,
      publications: toNumber(row.publications),
    })),
    openWork: openWork.map((row) => ({ lang: row.lang, state: row.state, paragraphs: row._count._all })),
    overdue: overdue.map((row) => ({ lang: row.lang, priority: String(row.priority), translations: toNumber(row.count) })),
    qualityByTranslator: translatorIds.map((translatorId) => ({
      translatorId,
      name: names.get(translatorId) ?? translatorId,
      points: shares
        .filter((share) => share.translatorId === translatorId)
        .sort((a, b) => a.day.localeCompare(b.day))
        .map((share) => {
          const score = scoreQuality(toNumber(share.penalty), toNumber(share.words), 0);
          return { day: share.day, words: score.words, penaltyPoints: score.penaltyPoints, penaltyPer1000Words: score.penaltyPer1000Words, score: score.score };
        }),
    })),
    findingsByCheck: [...checks.entries()]
      .map(([checkId, counts]) => ({ checkId, ...counts }))
      .sort((a, b) => b.dismissed + b.typedErrors - (a.dismissed + a.typedErrors) || a.checkId.localeCompare(b.checkId)),
  };
}
