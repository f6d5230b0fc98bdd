import "server-only";
import { isLanguageAllowed } from "@/domain/languages/language-tag";
import { db } from "../../db";
import { assertCan } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { listAssignablePeople } from "../desk/assignees";

/** The most target languages offered in the filter (more than any newsroom works in). */
const MAX_FILTER_LANGUAGES = 100;

/** What the documents list's filter bar offers: the people who can be assigned and the target languages in use. */
export async function listDocumentFilterOptions({ actor }: { actor: Actor }) {
  assertCan(actor, "document:view");
  const [people, languages] = await Promise.all([
    listAssignablePeople(db),
    db.translation.findMany({ distinct: ["lang"], orderBy: { lang: "asc" }, take: MAX_FILTER_LANGUAGES, select: { lang: true } }),
  ]);
  return {
    people: people.map(({ id, name }) => ({ id, name })),
    langs: languages.map((language) => language.lang).filter((lang) => isLanguageAllowed(actor.targetLangs, lang)),
  };
}
