import { describe, expect, it } from "vitest";
import { formatVariants, parseVariants } from "./glossary-variants";

describe("parseVariants", () => {
  it.each([
    ["", []],
    ["Poutine", ["Poutine"]],
    ["Pekin|Peking", ["Pekin", "Peking"]],
    [" Pekin | Peking ", ["Pekin", "Peking"]],
    ["Pekin||Peking|", ["Pekin", "Peking"]],
    ["|  |", []],
    ["Vladimir Poutine", ["Vladimir Poutine"]],
  ] as const)("%j -> %j", (text, expected) => {
    expect(parseVariants(text)).toEqual(expected);
  });
});

describe("formatVariants", () => {
  it.each([
    [[], ""],
    [["Poutine"], "Poutine"],
    [["Pekin", "Peking"], "Pekin|Peking"],
    [[" Pekin ", "", "  ", "Peking"], "Pekin|Peking"],
  ] as const)("%j -> %j", (variants, expected) => {
    expect(formatVariants(variants)).toBe(expected);
  });

  it("round-trips through parseVariants", () => {
    const variants = ["Vladimir Poutine", "Poutin"];
    expect(parseVariants(formatVariants(variants))).toEqual(variants);
  });
});
