/**
 * A glossary term's forbidden variants travel as one text where a single field holds them: the
 * database column, the CSV column and the glossary form ("Poutine|Poutin"). This is the one
 * codec for that text; every reader and writer goes through it.
 */
export const VARIANT_SEPARATOR = "|";

/** The variants in a stored or typed text, trimmed, empty ones dropped. */
export function parseVariants(text: string): string[] {
  return text
    .split(VARIANT_SEPARATOR)
    .map((variant) => variant.trim())
    .filter((variant) => variant !== "");
}

/** The variants as one text, trimmed, empty ones dropped. */
export function formatVariants(variants: readonly string[]): string {
  return parseVariants(variants.join(VARIANT_SEPARATOR)).join(VARIANT_SEPARATOR);
}
