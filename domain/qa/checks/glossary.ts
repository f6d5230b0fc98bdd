import { findTerm } from "../text-match";
import type { Check, Finding } from "../types";

/**
 * `glossary`: a glossary term in the French whose required English translation is missing, or a
 * forbidden variant in the English ("Vladimir Poutine": use "Vladimir Putin"). Matching tolerates
 * case (unless the term is case sensitive), accents and plural endings. Fix, when certain: the
 * forbidden variant (or the untranslated French term) replaced by the required translation.
 */
export const glossary: Check = {
  id: "glossary",
  severity: "error",
  run: ({ sourceText, targetText }, { glossary: entries }) => {
    if (targetText.trim() === "") return [];
    const findings: Omit<Finding, "checkId" | "severity">[] = [];
    for (const entry of entries) {
      const isInSource = findTerm(sourceText, entry.sourceTerm, entry.isCaseSensitive).length > 0;
      const isInTarget = findTerm(targetText, entry.targetTerm, entry.isCaseSensitive).length > 0;
      const wrong = [...entry.forbidden, ...(isInSource && entry.sourceTerm !== entry.targetTerm ? [entry.sourceTerm] : [])]
        .map((variant) => ({ variant, matches: findTerm(targetText, variant, entry.isCaseSensitive) }))
        .find(({ matches }) => matches.length > 0);
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
