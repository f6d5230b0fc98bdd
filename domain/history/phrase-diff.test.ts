import { describe, expect, it } from "vitest";
import { diffPhrases } from "./phrase-diff";

const render = (before: string, after: string) =>
  diffPhrases(before, after)
    .map((part) => (part.type === "same" ? part.text : part.type === "added" ? `{+${part.text}+}` : `[-${part.text}-]`))
    .join("");

describe("diffPhrases", () => {
  it.each([
    // Two neighbouring word swaps read as one replaced phrase.
    ["The cat sat on the mat.", "A dog sat on the mat.", "[-The cat-]{+A dog+} sat on the mat."],
    // A one- or two-word unchanged gap between changes joins them.
    ["He will visit China first and only then India.", "He would visit India first and only then China.", "He [-will visit China-]{+would visit India+} first and only then [-India-]{+China+}."],
    // Three unchanged words keep two changes apart.
    ["red apples are on the green table", "ripe apples are on the wooden table", "[-red-]{+ripe+} apples are on the [-green-]{+wooden+} table"],
    // Nothing changed, only added, only removed.
    ["same text", "same text", "same text"],
    ["", "New paragraph.", "{+New paragraph.+}"],
    ["Removed entirely.", "", "[-Removed entirely.-]"],
    ["Putin visits.", "Putin visits India.", "Putin visits{+ India+}."],
  ])("%j -> %j", (before, after, expected) => {
    expect(render(before, after)).toBe(expected);
  });

  it("puts a whole phrase's deletion before its insertion, never interleaved", () => {
    const parts = diffPhrases("the first big red car", "the second small blue car");
    expect(parts.map((p) => p.type)).toEqual(["same", "removed", "added", "same"]);
  });

  it.each([
    ["Moscow and New Delhi, each will nevertheless be keen", "Moscow and New Delhi will nevertheless both be keen"],
    ["the S 400 rockets were delivered in 2021", "the S-400 rockets arrived in late 2021"],
    ["« Bonjour » dit-il.", "“Hello,” he said."],
  ])("rebuilds both versions from its parts: %j -> %j", (before, after) => {
    const parts = diffPhrases(before, after);
    expect(parts.filter((p) => p.type !== "added").map((p) => p.text).join("")).toBe(before);
    expect(parts.filter((p) => p.type !== "removed").map((p) => p.text).join("")).toBe(after);
  });
});
