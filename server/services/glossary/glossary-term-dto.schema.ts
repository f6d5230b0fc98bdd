// A glossary term as the browser sees it and as a form sends it, shared by every glossary use
// case. Pure (no Prisma import, no "server-only"): the browser imports it through the use
// cases' schema files.
import { z } from "zod";
import { DEFAULT_TARGET_LANG } from "@/domain/languages/language-tag";
import { targetLanguageInput } from "../../api/contract";
import { MAX_GLOSSARY_NOTE_LENGTH, MAX_GLOSSARY_TERM_LENGTH, MAX_GLOSSARY_VARIANTS } from "@/domain/qa/glossary-limits";
import { VARIANT_SEPARATOR } from "@/domain/qa/glossary-variants";

/** The file formats a glossary is imported from and exported to. */
export const GLOSSARY_FORMATS = ["csv", "tbx"] as const;

/**
 * The target language of a glossary (BCP 47; the source is always the articles' French): English
 * when omitted, the starter glossary's pair.
 */
export const glossaryLangInput = targetLanguageInput.default(DEFAULT_TARGET_LANG);

export const glossaryLangQuery = z.object({ lang: glossaryLangInput.describe("The glossary's target language (BCP 47: en, es, pt-BR); English when omitted.") });

export const glossaryTermSchema = z.object({
  id: z.string(),
  /** The pair's target language (BCP 47); the source is French. */
  targetLang: z.string(),
  sourceTerm: z.string(),
  targetTerm: z.string(),
  /** English spellings the quality check flags. */
  forbidden: z.array(z.string()),
  caseSensitive: z.boolean(),
  note: z.string(),
  /** The version an edit must name (optimistic locking). */
  version: z.number().int(),
});

export type GlossaryTermDto = z.infer<typeof glossaryTermSchema>;

const term = z.string().trim().min(1).max(MAX_GLOSSARY_TERM_LENGTH);

/** What a term is made of, as adding or editing one sends it. */
export const glossaryTermFields = z.object({
  sourceTerm: term,
  targetTerm: term,
  // The variants are stored joined by the separator (domain/qa/glossary-variants.ts): a variant holding it would split in two.
  forbidden: z.array(term.refine((variant) => !variant.includes(VARIANT_SEPARATOR))).max(MAX_GLOSSARY_VARIANTS).default([]),
  caseSensitive: z.boolean().default(false),
  note: z.string().trim().max(MAX_GLOSSARY_NOTE_LENGTH).default(""),
});
