import "server-only";
import vm from "node:vm";
import { compileFind, countMatches, replaceMatches, type FindOptions } from "@/domain/qa/find-replace";
import { AppError } from "../../errors";

/** A user's regular expression may backtrack for ever ("(a+)+$"): matching stops after this. */
export const MATCH_TIME_LIMIT_MS = 2_000;

/** The search as a pattern; a pattern that does not compile is INVALID_INPUT naming why. */
export function compileSearch(options: FindOptions): RegExp {
  const compiled = compileFind(options);
  if (!compiled.ok) throw new AppError("INVALID_INPUT", { field: "find", reason: compiled.code });
  return compiled.pattern;
}

/**
 * Counts and replaces the matches in many texts at once, in a V8 context with a time limit, so a
 * pathological pattern is refused instead of blocking the server. Returns, per text, null (no
 * match) or [count, text after replacement].
 */
export function matchTexts(texts: string[], pattern: RegExp, replacement: string, isRegex: boolean, timeLimitMs = MATCH_TIME_LIMIT_MS): ([number, string] | null)[] {
  if (timeLimitMs <= 0) throw new AppError("INVALID_INPUT", { field: "find", reason: "too-slow" });
  // The domain's own functions run inside the context: the time limit applies to whatever runs
  // synchronously while the script does, whichever realm the code comes from.
  const context = vm.createContext({ texts, pattern, replacement, isRegex, countMatches, replaceMatches });
  try {
    return vm.runInContext(
      "texts.map((text) => countMatches(text, pattern) === 0 ? null : [countMatches(text, pattern), replaceMatches(text, pattern, replacement, isRegex)])",
      context,
      { timeout: Math.ceil(timeLimitMs) },
    ) as ([number, string] | null)[];
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT") throw new AppError("INVALID_INPUT", { field: "find", reason: "too-slow" });
    throw error;
  }
}
