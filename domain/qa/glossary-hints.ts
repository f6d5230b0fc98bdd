import { findTermIn, prepareText, type Prepared } from "./text-match";
import type { GlossaryEntry } from "./types";

/**
 * Whether a glossary entry's French term is in the French and its required translation in the
 * translation: the rule the `glossary` check and the editor's glossary hints share. Case counts
 * only for a case-sensitive entry; accents, plural endings and elision (l', d') are tolerated (text-match.ts).
 */
export function termPresence(entry: GlossaryEntry, source: Prepared, target: Prepared): { isInSource: boolean; isInTarget: boolean } {
  // Strict in the French (a term inside "pro-Pékin" asks for no translation), lenient in the
  // translation ("Moscow-based" has Moscow; "Kiev-based" is still Kiev). Decision 019.
  const isInSource = findTermIn(source, entry.sourceTerm, entry.isCaseSensitive, { isWholeWord: true }).length > 0;
  const isInTarget = isInSource && findTermIn(target, entry.targetTerm, entry.isCaseSensitive).length > 0;
  return { isInSource, isInTarget };
}

export type GlossaryHint = { sourceTerm: string; targetTerm: string; isInTarget: boolean };

/**
 * The glossary terms present in a paragraph's French, each with its required translation and
 * whether the translation (as typed so far) has it: shown under the French while translating.
 * In glossary order, each French term once.
 */
export function glossaryHints(sourceText: string, targetText: string, entries: readonly GlossaryEntry[]): GlossaryHint[] {
  const texts = [false, true].map((isCaseSensitive) => ({ source: prepareText(sourceText, isCaseSensitive), target: prepareText(targetText, isCaseSensitive) }));
  const hints: GlossaryHint[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.sourceTerm)) continue;
    const { source, target } = texts[entry.isCaseSensitive ? 1 : 0];
    const { isInSource, isInTarget } = termPresence(entry, source, target);
    if (!isInSource) continue;
    seen.add(entry.sourceTerm);
    hints.push({ sourceTerm: entry.sourceTerm, targetTerm: entry.targetTerm, isInTarget });
  }
  return hints;
}
