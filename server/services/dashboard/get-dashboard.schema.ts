import { z } from "zod";
import { defineContract } from "../../api/contract";

export const dashboardQuery = z.object({
  from: z.string().max(10).optional().describe("First day, YYYY-MM-DD (UTC). Default: 29 days before `to`."),
  to: z.string().max(10).optional().describe("Last day, YYYY-MM-DD (UTC), included. Default: today. At most 366 days from `from`."),
});

const dayCount = z.object({ day: z.string(), count: z.number().int() });

export const dashboardSchema = z.object({
  from: z.string(),
  to: z.string(),
  days: z.number().int(),
  /** Every day of the range, with the versions published that day (every language). */
  publishedPerDay: z.array(dayCount),
  /** Per day of a translation's first publication: the median hours from the article's import. */
  timeToPublication: z.array(z.object({ day: z.string(), medianHours: z.number(), publications: z.number().int() })),
  /** Paragraphs still to do now (not approved, not excluded), by language and state. */
  openWork: z.array(z.object({ lang: z.string(), state: z.string(), paragraphs: z.number().int() })),
  /** Translations past their due time and not yet published, now, by language and priority. */
  overdue: z.array(z.object({ lang: z.string(), priority: z.string(), translations: z.number().int() })),
  /** Per translator and day of publication: their MQM score over the words they translated. */
  qualityByTranslator: z.array(
    z.object({
      translatorId: z.string(),
      name: z.string(),
      points: z.array(z.object({ day: z.string(), words: z.number().int(), penaltyPoints: z.number().int(), penaltyPer1000Words: z.number(), score: z.number() })),
    }),
  ),
  /** Findings reviewers acted on in the range, by check: dismissed, and typed as MQM errors (fixed or dismissed). */
  findingsByCheck: z.array(z.object({ checkId: z.string(), dismissed: z.number().int(), typedErrors: z.number().int() })),
});

export type DashboardDto = z.infer<typeof dashboardSchema>;

export const getDashboardContract = defineContract({
  operationId: "getDashboard",
  tag: "dashboard",
  method: "GET",
  path: "/api/dashboard",
  summary: "The desk's figures over a range of days (at most 366): publications per day, median time from import to publication, open work, overdue translations, quality per translator, findings by check.",
  access: "dashboard:view",
  query: dashboardQuery,
  response: dashboardSchema,
});
