/** English stays the first and default target language. */
export const DEFAULT_TARGET_LANG = "en";

/**
 * A BCP 47 tag in its canonical form ("pt-br" → "pt-BR"), or null when it is not one. Intl
 * holds the rules (CLDR), so every language tag the platform knows is accepted.
 */
export function canonicalLanguageTag(tag: string): string | null {
  const trimmed = tag.trim();
  // BCP 47 also allows 5-8 letter language subtags ("english" parses); none is in use for news.
  if (trimmed.length > 35 || !/^[a-z]{2,3}(-|$)/i.test(trimmed)) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(trimmed);
    return canonical ?? null;
  } catch {
    return null;
  }
}

/** A language's name in the interface language ("Spanish", "espagnol"), or the tag itself. */
export function languageName(tag: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** The account setting "may work on" as stored: space-separated tags; empty means every language. */
export function parseLanguageList(stored: string): string[] {
  return stored
    .split(/[\s,]+/)
    .map(canonicalLanguageTag)
    .filter((tag): tag is string => tag !== null);
}

export function formatLanguageList(tags: readonly string[]): string {
  return [...new Set(tags)].join(" ");
}

/** Whether an account limited to `allowed` (empty: no limit) may work on `lang`. */
export function isLanguageAllowed(allowed: readonly string[] | undefined, lang: string): boolean {
  return !allowed || allowed.length === 0 || allowed.includes(lang);
}

/**
 * Whether `lang` is the article's own source language, in any regional form ("fr-CA" for a
 * French article): an article cannot be translated into the language it is written in.
 */
export function isSourceLanguage(lang: string, sourceLang: string): boolean {
  const language = (tag: string) => tag.toLowerCase().split("-")[0];
  return language(lang) === language(sourceLang);
}
