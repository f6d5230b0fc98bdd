export type FindOptions = { find: string; isRegex: boolean; isCaseSensitive: boolean; isWholeWord: boolean };

export type FindPattern = { ok: true; pattern: RegExp } | { ok: false; code: "empty" | "invalid-regex" | "too-long" };

const MAX_PATTERN = 200;

/** Compiles the user's search: literal or regular expression, with case and whole-word options. */
export function compileFind({ find, isRegex, isCaseSensitive, isWholeWord }: FindOptions): FindPattern {
  if (find === "") return { ok: false, code: "empty" };
  if (find.length > MAX_PATTERN) return { ok: false, code: "too-long" };
  const body = isRegex ? find : find.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const source = isWholeWord ? `(?<![\\p{L}\\p{N}_])(?:${body})(?![\\p{L}\\p{N}_])` : body;
  try {
    return { ok: true, pattern: new RegExp(source, `gu${isCaseSensitive ? "" : "i"}`) };
  } catch {
    return { ok: false, code: "invalid-regex" };
  }
}

/** The text with every match replaced; `$1` and friends work for regular expressions only. */
export function replaceMatches(text: string, pattern: RegExp, replacement: string, isRegex: boolean): string {
  pattern.lastIndex = 0;
  // A literal replacement is used as is: "$1" in it is text, not a group reference.
  return isRegex ? text.replace(pattern, replacement) : text.replace(pattern, () => replacement);
}

export function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)].filter((m) => m[0] !== "").length;
}
