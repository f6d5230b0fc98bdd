// What a find-and-replace searches for, shared by its preview and its application. Pure: the
// browser imports it through the use cases' schema files.
import { z } from "zod";
import { DEFAULT_TARGET_LANG } from "@/domain/languages/language-tag";
import { targetLanguageInput } from "../documents/create-document.schema";

/** The most matches a preview lists, and the most paragraphs one replacement changes. */
export const MAX_MATCHES = 2_000;

export const searchOptionsInput = z.object({
  documentId: z.string().min(1).max(64).optional().describe("One document, or every document when omitted."),
  lang: targetLanguageInput.default(DEFAULT_TARGET_LANG).describe("The target language searched (BCP 47); English when omitted."),
  find: z.string().max(200),
  replacement: z.string().max(2_000),
  isRegex: z.boolean().default(false),
  isCaseSensitive: z.boolean().default(false),
  isWholeWord: z.boolean().default(false),
});

export type SearchOptions = z.output<typeof searchOptionsInput>;
