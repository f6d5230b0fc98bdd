/** The roles a user can hold, from least to most rights. Mirrors the Prisma enum `Role`. */
export const ROLES = ["TRANSLATOR", "REVIEWER", "PUBLISHER", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Languages the interface is translated into. A document's language pair is separate. */
export const UI_LANGUAGES = ["en", "fr"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const DEFAULT_UI_LANGUAGE: UiLanguage = "en";

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === "string" && (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * Picks the interface language from an Accept-Language header: the first listed language
 * we support, by quality; English when none matches.
 */
export function pickUiLanguage(acceptLanguage: string | null | undefined): UiLanguage {
  if (!acceptLanguage) return DEFAULT_UI_LANGUAGE;
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number.parseFloat(q.slice(2)) : 1;
      return { base: tag.toLowerCase().split("-")[0], quality: Number.isNaN(quality) ? 0 : quality, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.base).find(isUiLanguage) ?? DEFAULT_UI_LANGUAGE;
}
