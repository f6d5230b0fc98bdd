import { termPresence } from "../glossary-hints";
import { findTermIn, prepareText } from "../text-match";
import type { FindingDraft, SegmentCheck } from "../types";

/**
 * `glossary`: a glossary term in the French whose required English translation is missing, or a
 * forbidden variant in the English ("Vladimir Poutine": use "Vladimir Putin"). Matching tolerates
 * case (unless the term is case sensitive), accents, elision and, for terms in lower case, plural
 * endings; a name inside a derived word or a longer compound ("Suisses", "pro-Pékin") is not the term. Fix, when certain: the
 * forbidden variant (or the untranslated French term) replaced by the required translation.
 */
export const glossary: SegmentCheck = {
  id: "glossary",
  severity: "error",
  messageKey: (params) => (params.found ? "glossary-found" : "glossary-missing"),
  scope: "segment",
  check: ({ sourceText, targetText }, { glossary: entries }) => {
    if (targetText.trim() === "") return [];
    const findings: FindingDraft[] = [];
    // Each text is folded once for all the terms, in each case mode.
    const insensitive = { source: prepareText(sourceText, false), target: prepareText(targetText, false) };
    let sensitive: typeof insensitive | null = null;
    for (const entry of entries) {
      const { source, target } = entry.isCaseSensitive ? (sensitive ??= { source: prepareText(sourceText, true), target: prepareText(targetText, true) }) : insensitive;
      const { isInSource, isInTarget } = termPresence(entry, source, target);
      if (!isInSource && entry.forbidden.length === 0) continue;
      let wrong: { variant: string; matches: { index: number; length: number }[] } | undefined;
      for (const variant of entry.forbidden) {
        const matches = findTermIn(target, variant, entry.isCaseSensitive);
        if (matches.length > 0) {
          wrong = { variant, matches };
          break;
        }
      }
      if (!wrong && isInSource && entry.sourceTerm !== entry.targetTerm) {
        const matches = findTermIn(target, entry.sourceTerm, entry.isCaseSensitive);
        if (matches.length > 0) wrong = { variant: entry.sourceTerm, matches };
      }
      if (wrong) {
        let fixed = targetText;
        for (const match of [...wrong.matches].reverse()) fixed = fixed.slice(0, match.index) + entry.targetTerm + fixed.slice(match.index + match.length);
        findings.push({ params: { found: targetText.slice(wrong.matches[0].index, wrong.matches[0].index + wrong.matches[0].length), expected: entry.targetTerm }, fix: fixed });
      } else if (isInSource && !isInTarget) {
        findings.push({ params: { term: entry.sourceTerm, expected: entry.targetTerm } });
      }
    }
    return findings;
  },
};
