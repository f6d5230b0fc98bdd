import { franc } from "franc-min";

/** The languages the detector tells apart: of any other, it can say nothing. */
export const DETECTABLE_LANGUAGES = ["fr", "en"] as const;

export type DetectedLanguage = (typeof DETECTABLE_LANGUAGES)[number] | null;

/**
 * French or English, from the text's character trigrams (franc). Null when the text is too
 * short or too mixed to say. Only the first few thousand characters are read.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const code = franc(text.slice(0, 4000), { only: ["fra", "eng"], minLength: 20 });
  return code === "fra" ? "fr" : code === "eng" ? "en" : null;
}
