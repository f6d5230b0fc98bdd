import { describe, expect, it } from "vitest";
import { diffWords } from "./word-diff";

const render = (before: string, after: string) =>
  diffWords(before, after)
    .map((part) => (part.type === "same" ? part.text : part.type === "added" ? `{+${part.text}+}` : `[-${part.text}-]`))
    .join("");

describe("diffWords", () => {
  it.each([
    ["Vladimir Poutine", "Vladimir Putin", "Vladimir [-Poutine-]{+Putin+}"],
    ["same text", "same text", "same text"],
    ["", "New paragraph.", "{+New paragraph.+}"],
    ["Removed entirely.", "", "[-Removed entirely.-]"],
    ["one  two", "one two", "one[-  -]{+ +}two"],
  ])("%j -> %j", (before, after, expected) => {
    expect(render(before, after)).toBe(expected);
  });

  it.each([
    ["Moscow and New Delhi, each will nevertheless be keen", "Moscow and New Delhi will nevertheless both be keen"],
    ["the S 400 rockets", "the S400 rockets"],
    ["« Bonjour » dit-il.", "“Hello,” he said."],
  ])("rebuilds both versions from its parts: %j -> %j", (before, after) => {
    const parts = diffWords(before, after);
    expect(parts.filter((p) => p.type !== "added").map((p) => p.text).join("")).toBe(before);
    expect(parts.filter((p) => p.type !== "removed").map((p) => p.text).join("")).toBe(after);
    expect(parts.some((p) => p.type !== "same")).toBe(true);
  });
});
