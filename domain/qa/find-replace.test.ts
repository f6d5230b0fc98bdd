import { describe, expect, it } from "vitest";
import { compileFind, countMatches, replaceMatches } from "./find-replace";

const replace = (text: string, find: string, replacement: string, options: Partial<{ isRegex: boolean; isCaseSensitive: boolean; isWholeWord: boolean }> = {}) => {
  const compiled = compileFind({ find, isRegex: false, isCaseSensitive: false, isWholeWord: false, ...options });
  if (!compiled.ok) return compiled.code;
  return replaceMatches(text, compiled.pattern, replacement, options.isRegex ?? false);
};

describe("find and replace", () => {
  it.each([
    ["S 400 and S 400", "S 400", "S-400", {}, "S-400 and S-400"],
    ["Poutine, poutine", "Poutine", "Putin", { isCaseSensitive: true }, "Putin, poutine"],
    ["Poutine, poutine", "poutine", "Putin", {}, "Putin, Putin"],
    ["Inde, Indes, Indonesia", "Inde", "India", { isWholeWord: true }, "India, Indes, Indonesia"],
    ["Cop 26 and COP26", "cop ?(\\d+)", "COP$1", { isRegex: true }, "COP26 and COP26"],
    ["a $1 fee", "fee", "$1 charge", {}, "a $1 $1 charge"],
    ["3.5 million", "3.5", "3,5", {}, "3,5 million"],
  ])("%j: %j -> %j %j gives %j", (text, find, replacement, options, expected) => {
    expect(replace(text, find, replacement, options)).toBe(expected);
  });

  it.each([
    ["", {}, "empty"],
    ["(unclosed", { isRegex: true }, "invalid-regex"],
    ["x".repeat(201), {}, "too-long"],
  ])("refuses %j", (find, options, code) => {
    expect(compileFind({ find, isRegex: false, isCaseSensitive: false, isWholeWord: false, ...options })).toEqual({ ok: false, code });
  });

  it("counts matches", () => {
    const compiled = compileFind({ find: "s400", isRegex: false, isCaseSensitive: false, isWholeWord: true });
    expect(compiled.ok && countMatches("S400, S400s and S400.", compiled.pattern)).toBe(2);
  });
});
