import "server-only";
import { canonicalLanguageTag } from "@/domain/languages/language-tag";
import { AppError } from "../../errors";
import type { Actor } from "../../auth/permissions";
import { assignedTo } from "../desk/visibility";
import type { DocumentFilters } from "./list-filters.schema";

const TO_TRANSLATE = ["UNTRANSLATED", "DRAFT", "REJECTED", "OUTDATED"] as const;

/**
 * The documents list's filters as a Prisma `where` on Document (decision 023): assignee, state,
 * language, priority and overdue. The assignment filters and the language apply to one and the
 * same translation; the state to that language's paragraphs when one is named. `undefined`
 * without filters, so the list's query stays as it was.
 */
export function documentFiltersWhere(filters: DocumentFilters, actor: Actor, now: Date) {
  const lang = filters.lang === undefined ? undefined : canonicalLanguageTag(filters.lang);
  if (lang === null) throw new AppError("INVALID_INPUT", { field: "lang" });
  const assigneeId = filters.assignee === "me" ? actor.id : filters.assignee;
  const conditions: object[] = [];

  const assignment = {
    ...(assigneeId ? assignedTo(assigneeId) : {}),
    ...(filters.priority ? { priority: filters.priority } : {}),
    ...(filters.overdue ? { dueAt: { lt: now } } : {}),
  };
  const hasAssignment = Object.keys(assignment).length > 0;
  if (lang || hasAssignment) {
    conditions.push({
      translations: {
        some: {
          ...(lang ? { lang } : {}),
          ...(hasAssignment ? { assignment: { is: assignment } } : {}),
          ...(filters.overdue ? { status: { not: "PUBLISHED" as const } } : {}),
        },
      },
    });
  }
  // The states of the current paragraphs (not those a source update removed), read from the
  // summary the database keeps (decision 025): a few rows per document, not every paragraph.
  const current = { count: { gt: 0 }, ...(lang ? { lang } : {}) };
  switch (filters.state) {
    case "to-translate":
      conditions.push({ stateCounts: { some: { ...current, state: { in: [...TO_TRANSLATE] } } } });
      break;
    case "in-review":
      conditions.push({ stateCounts: { some: { ...current, state: "TRANSLATED" as const } } });
      break;
    case "ready":
      conditions.push({ stateCounts: { some: { ...current, state: "APPROVED" as const } } }, { stateCounts: { none: { ...current, state: { notIn: ["APPROVED", "EXCLUDED"] as ("APPROVED" | "EXCLUDED")[] } } } });
      break;
    case "published":
      conditions.push({ publications: { some: lang ? { lang } : {} } });
      break;
    default:
      break;
  }
  return conditions.length === 0 ? undefined : { AND: conditions };
}
