import { franc } from "franc-min";

export type DetectedLanguage = "fr" | "en" | null;

/**
 * French or English, from the text's character trigrams (franc). Null when the text is too
 * short or too mixed to say. Only the first few thousand characters are read.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const code = franc(text.slice(0, 4000), { only: ["fra", "eng"], minLength: 20 });
  return code === "fra" ? "fr" : code === "eng" ? "en" : null;
}
