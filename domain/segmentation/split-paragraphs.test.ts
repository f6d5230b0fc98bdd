import { describe, expect, it } from "vitest";
import { splitParagraphs } from "./split-paragraphs";

describe("splitParagraphs", () => {
  it.each([
    ["one\n\ntwo", ["one", "two"]],
    ["one\r\n\r\ntwo\r\n", ["one", "two"]],
    ["  padded  \n\n\n\nnext", ["padded", "next"]],
    ["line one\nline two\n\nnext", ["line one\nline two", "next"]],
    ["blank line with spaces\n   \nnext", ["blank line with spaces", "next"]],
    ["\uFEFFwith a byte order mark", ["with a byte order mark"]],
    ["", []],
    ["\n\n  \n", []],
  ])("%j -> %j", (input, expected) => {
    expect(splitParagraphs(input).map((p) => p.text)).toEqual(expected);
  });

  it("removes list bullets and remembers them", () => {
    expect(splitParagraphs("  • India\n\n- Russia\n\nplain")).toEqual([
      { text: "India", isBulleted: true },
      { text: "Russia", isBulleted: true },
      { text: "plain", isBulleted: false },
    ]);
  });

  it("keeps a hyphenated word at the start of a paragraph", () => {
    expect(splitParagraphs("-based on facts")[0]).toEqual({ text: "-based on facts", isBulleted: false });
  });

  it("normalises decomposed accents so that French text compares equal", () => {
    const decomposed = "Pe\u0301kin";
    expect(splitParagraphs(decomposed)[0].text).toBe("Pékin");
  });
});
