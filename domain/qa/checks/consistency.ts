import type { DocumentCheck, FindingDraft } from "../types";

const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

const SUFFIX = /^(?:['’]?s|-\p{L}+)(?![\p{L}\p{N}])/u;

/**
 * Codes of letters and digits ("S 400", "S400", "S-400", "Cop 26", "COP26") in a text: up to
 * five letters, an optional space or hyphen, up to four digits, and maybe an ending that does not
 * change the spelling (a plural, a possessive, "-class"). Found from the digits backwards, which
 * is much faster than a regular expression tried at every position.
 */
function findCodes(text: string): { form: string; key: string }[] {
  const codes: { form: string; key: string }[] = [];
  for (const match of text.matchAll(/\d{1,4}/g)) {
    const end = match.index + match[0].length;
    // A plural, a possessive or a compound ("F-16s", "COP26's", "S-400-class") is the code with an ending: the same spelling.
    if ((isWordChar(text[end]) && !SUFFIX.test(text.slice(end, end + 24))) || /\d/.test(text[match.index - 1] ?? "")) continue;
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
 * "S400"; "Cop 26", "COP-26" and "COP26"; "F-16s" and "F16"), endings aside ("F-16" and "F-16s"
 * are one spelling). Reported on every paragraph that uses one of the spellings;
 * excluded paragraphs neither count nor get findings.
 */
export const inconsistentSpelling: DocumentCheck = {
  id: "inconsistent-spelling",
  severity: "warning",
  messageKey: "inconsistent-spelling",
  scope: "document",
  check: (segments) => {
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
    const findings: FindingDraft[][] = segments.map(() => []);
    for (const byForm of forms.values()) {
      if (byForm.size < 2) continue;
      const variants = [...byForm.keys()].join(", ");
      for (const [form, indexes] of byForm) {
        for (const index of new Set(indexes)) findings[index].push({ params: { form, variants } });
      }
    }
    return findings;
  },
};
