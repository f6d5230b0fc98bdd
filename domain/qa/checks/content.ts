import { detectLanguage } from "../../import/detect-language";
import { isNameLine, isPageFurniture } from "../../segmentation/classify-segment";
import { baseLanguage } from "../locale-conventions";
import type { SegmentCheck } from "../types";

/** `empty-target`: a paragraph that needs a translation has none. */
export const emptyTarget: SegmentCheck = {
  id: "empty-target",
  severity: "error",
  messageKey: "empty-target",
  scope: "segment",
  check: ({ sourceText, targetText }) => (sourceText.trim() !== "" && targetText.trim() === "" ? [{ params: {} }] : []),
};

/** French words English text never uses on its own. */
const FRENCH_ONLY = /(?<![\p{L}'’])(le|la|les|des|du|et|est|une|pour|avec|dans|sur|qui|que|pas|mais|très|être|été|où|aussi|selon|depuis|c'est|d'|l')(?![\p{L}])/giu;

/**
 * `untranslated`: the translation is the French copied, or (in English) is written in French.
 * Names that are the same in both languages ("Narendra Modi", "Anissa el-Jabri") and short codes
 * ("2 min") are not findings. Only an English translation is tested for French words: the list
 * is of words English never uses (Spanish writes "la" and "que" too), and the language detector
 * tells French from English only.
 */
export const untranslated: SegmentCheck = {
  id: "untranslated",
  severity: "error",
  messageKey: "untranslated",
  scope: "segment",
  check: ({ sourceText, targetText }, { targetLang }) => {
    const target = targetText.trim();
    if (target === "" || !/\p{L}/u.test(target)) return [];
    if (target === sourceText.trim()) {
      return isNameLine(target) || target.length <= 6 || !/\p{Ll}{3}/u.test(target) ? [] : [{ params: { reason: "copied" } }];
    }
    if (baseLanguage(targetLang) !== "en") return [];
    const frenchWords = target.match(FRENCH_ONLY) ?? [];
    // The cheap word test first: language detection runs only on suspicious paragraphs.
    if (frenchWords.length >= 2 && (target.length < 20 || detectLanguage(target) === "fr")) {
      return [{ params: { reason: "french" } }];
    }
    return [];
  },
};

/** `boilerplate`: page furniture ("Advertising", "Read more", app badges) in a paragraph that is not excluded. */
export const boilerplate: SegmentCheck = {
  id: "boilerplate",
  severity: "warning",
  messageKey: "boilerplate",
  scope: "segment",
  check: ({ sourceText, targetText }) => (isPageFurniture(targetText) || isPageFurniture(sourceText) ? [{ params: {} }] : []),
};
