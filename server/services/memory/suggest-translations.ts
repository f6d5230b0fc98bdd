import "server-only";
import { db } from "../../db";
import { assertCan, assertCanWorkOn } from "../../auth/assert-can";
import type { Actor } from "../../auth/permissions";
import { parseInput } from "../../validation";
import { findParagraphSuggestions } from "./find-memory-matches";
import type { SegmentSuggestionsDto } from "./get-segment-suggestions.schema";
import { suggestTranslationsInput } from "./suggest-translations.schema";

/** The memory's matches for any French text (and for each of its sentences), French to `lang`: the command line's `suggest`. */
export async function suggestTranslations({ actor, input }: { actor: Actor; input: unknown }): Promise<SegmentSuggestionsDto> {
  assertCan(actor, "document:view");
  const { text, lang } = parseInput(suggestTranslationsInput, input);
  assertCanWorkOn(actor, lang);
  return findParagraphSuggestions(db, { text, sourceLang: "fr", targetLang: lang });
}
