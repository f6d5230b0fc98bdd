import { z } from "zod";
import { PRIORITIES } from "@/domain/desk/priority";

/** What the documents list can be narrowed to (decision 023); every filter is optional. */
export const DOCUMENT_STATE_FILTERS = ["to-translate", "in-review", "ready", "published"] as const;
export type DocumentStateFilter = (typeof DOCUMENT_STATE_FILTERS)[number];

const empty = (value: unknown) => (value === "" ? undefined : value);

export const documentFiltersInput = z.object({
  assignee: z.preprocess(empty, z.string().min(1).max(64).optional()).describe('An account id, or "me": articles with a translation assigned to it (any slot).'),
  state: z
    .preprocess(empty, z.enum(DOCUMENT_STATE_FILTERS).optional())
    .describe("to-translate: paragraphs untranslated, draft, rejected or outdated; in-review: paragraphs submitted; ready: every paragraph approved; published: published at least once."),
  lang: z.preprocess(empty, z.string().max(35).optional()).describe("A target language (BCP 47): articles with that translation; the other filters then apply to it."),
  priority: z.preprocess(empty, z.enum(PRIORITIES).optional()),
  overdue: z
    .preprocess((value) => (value === "" || value === undefined ? undefined : value === "1" || value === "true" || value === true), z.boolean().optional())
    .describe("1: only articles with a translation past its due time and not published."),
});

export type DocumentFilters = z.output<typeof documentFiltersInput>;
