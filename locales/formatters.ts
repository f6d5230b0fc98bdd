import type { i18n as I18n } from "i18next";

/**
 * A share (0.42 for 42 %) written the way the interface language writes it: "42%" in English,
 * "42 %" (narrow no-break space) in French. Whole percents: a reader does not need decimals here.
 */
export function formatPercent(share: number, language: string): string {
  return new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 0 }).format(share);
}

/**
 * Formatters the messages use beside i18next's own (`number`, `datetime`, `list`):
 * `{{x, percent}}` writes a whole percentage (42, as the checks and the server send it) through
 * {@link formatPercent}. Added to every i18next instance, server and browser alike.
 */
export function addFormatters(instance: I18n): void {
  instance.services.formatter?.add("percent", (value: unknown, language: string | undefined) =>
    typeof value === "number" ? formatPercent(value / 100, language ?? "en") : String(value),
  );
}
