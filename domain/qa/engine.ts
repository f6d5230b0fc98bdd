import { boilerplate, emptyTarget, sourceTypography, untranslated } from "./checks/content";
import { bracketMismatch, doubleSpace, lengthRatio, leadingTrailingSpace, punctuationEnd } from "./checks/formatting";
import { glossary } from "./checks/glossary";
import { numberMismatch } from "./checks/numbers";
import type { Check, CheckContext, CheckedSegment, Finding } from "./types";

/** Every paragraph-level check, in the order findings are listed. */
export const CHECKS: readonly Check[] = [
  emptyTarget,
  untranslated,
  glossary,
  numberMismatch,
  sourceTypography,
  boilerplate,
  doubleSpace,
  leadingTrailingSpace,
  punctuationEnd,
  bracketMismatch,
  lengthRatio,
];

/** Document-level check ids, next to the paragraph-level ones above. */
export const INCONSISTENT_SPELLING = "inconsistent-spelling";
export const CHECK_IDS = [...CHECKS.map((check) => check.id), INCONSISTENT_SPELLING] as const;

export function checkSegment(segment: CheckedSegment, context: CheckContext): Finding[] {
  if (segment.state === "EXCLUDED") return [];
  return CHECKS.flatMap((check) => check.run(segment, context).map((finding) => ({ checkId: check.id, severity: check.severity, ...finding })));
}

const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/**
 * Codes of letters and digits ("S 400", "S400", "S-400", "Cop 26", "COP26") in a text: up to
 * five letters, an optional space or hyphen, up to four digits. Found from the digits backwards,
 * which is much faster than a regular expression tried at every position.
 */
function findCodes(text: string): { form: string; key: string }[] {
  const codes: { form: string; key: string }[] = [];
  for (const match of text.matchAll(/\d{1,4}/g)) {
    const end = match.index + match[0].length;
    if (isWordChar(text[end]) || /\d/.test(text[match.index - 1] ?? "")) continue;
    let start = match.index;
    if (text[start - 1] === " " || text[start - 1] === "\u00a0" || text[start - 1] === "-") start -= 1;
    let letters = 0;
    while (letters < 6 && isLetter(text[start - 1])) {
      start -= 1;
      letters += 1;
    }
    if (letters === 0 || letters > 5 || isWordChar(text[start - 1]) || text[start - 1] === "-") continue;
    const word = text.slice(start, start + letters);
    // Codes start with a capital (S 400, G20, Cop 26): "for 1" or "in 2021" are ordinary words.
    if (!/^\p{Lu}/u.test(word)) continue;
    codes.push({ form: text.slice(start, end), key: `${word.toLowerCase()}${match[0]}` });
  }
  return codes;
}

/**
 * `inconsistent-spelling`: one term written several ways in the English document ("S 400" and
 * "S400"; "Cop 26" and "COP26"). Reported on every paragraph that uses one of the spellings.
 */
export function checkConsistency(segments: readonly CheckedSegment[]): Finding[][] {
  const forms = new Map<string, Map<string, number[]>>();
  segments.forEach((segment, index) => {
    if (segment.state === "EXCLUDED") return;
    if (!/\d/.test(segment.targetText)) return;
    for (const { form, key } of findCodes(segment.targetText)) {
      const byForm = forms.get(key) ?? new Map<string, number[]>();
      const indexes = byForm.get(form) ?? [];
      indexes.push(index);
      byForm.set(form, indexes);
      forms.set(key, byForm);
    }
  });
  const findings: Finding[][] = segments.map(() => []);
  for (const byForm of forms.values()) {
    if (byForm.size < 2) continue;
    const variants = [...byForm.keys()].join(", ");
    for (const [form, indexes] of byForm) {
      for (const index of new Set(indexes)) findings[index].push({ checkId: INCONSISTENT_SPELLING, severity: "warning", params: { form, variants } });
    }
  }
  return findings;
}

/** All findings of a document, paragraph by paragraph. */
export function checkDocument(segments: readonly CheckedSegment[], context: CheckContext): Finding[][] {
  const consistency = checkConsistency(segments);
  return segments.map((segment, index) => [...checkSegment(segment, context), ...consistency[index]]);
}

/** The translation key of a finding's message (locales/<lng>/qa.json, under "messages"). */
export function findingMessageKey(finding: Finding): string {
  if (finding.checkId === "glossary") return finding.params.found ? "glossary-found" : "glossary-missing";
  if (finding.checkId === "source-typography") return `source-typography-${finding.params.kind}`;
  return finding.checkId;
}
