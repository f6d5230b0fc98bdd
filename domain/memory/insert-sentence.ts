import { normaliseMemoryText } from "./normalise";
import { splitSentences } from "./sentences";

export type SentenceInsertion = {
  /** The paragraph's new translation. */
  text: string;
  /**
   * `replaced`: the translation had as many sentences as the French, so the sentence at the same
   * place was replaced; `appended`: otherwise the match was added at the end (after a space), so
   * that a paragraph translated sentence by sentence, in order, is built up from the start.
   */
  mode: "replaced" | "appended";
};

/**
 * The rule for inserting the memory's translation of ONE sentence of a long paragraph (decision
 * 020), used by the editor: when the current translation splits into as many sentences as the
 * French (the same splitter as the memory's sentence units), the sentence at `index` (0-based) is
 * replaced; otherwise the match is appended. Sentences are joined by one space.
 */
export function insertSentenceTranslation(input: {
  source: string;
  target: string;
  sourceLang: string;
  targetLang: string;
  index: number;
  translation: string;
}): SentenceInsertion {
  const translation = normaliseMemoryText(input.translation);
  const target = normaliseMemoryText(input.target);
  if (target === "") return { text: translation, mode: "appended" };
  const sources = splitSentences(input.source, input.sourceLang);
  const targets = splitSentences(target, input.targetLang);
  if (sources.length === targets.length && input.index >= 0 && input.index < targets.length) {
    return { text: targets.map((sentence, k) => (k === input.index ? translation : sentence)).join(" "), mode: "replaced" };
  }
  return { text: `${target} ${translation}`, mode: "appended" };
}

/**
 * Whether a saved translation holds a memory unit's translation (the whole text, or one part of
 * it: a sentence inserted into the paragraph), compared in the memory's normalised form. The
 * server's check of a save that says it inserted a unit.
 */
export function containsMemoryTranslation(text: string, unitTarget: string): boolean {
  const unit = normaliseMemoryText(unitTarget);
  return unit !== "" && normaliseMemoryText(text).includes(unit);
}
