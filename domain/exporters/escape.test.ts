import { describe, expect, it } from "vitest";
import { escapeHtml, escapeMarkdown, yamlString } from "./escape";

describe("escapeHtml", () => {
  it.each([
    ['<script>alert("x")</script>', "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"],
    ["Tom & Jerry", "Tom &amp; Jerry"],
    ["l'Inde", "l'Inde"],
    ["&amp; already", "&amp;amp; already"],
  ])("%j -> %j", (input, expected) => expect(escapeHtml(input)).toBe(expected));
});

describe("escapeMarkdown", () => {
  it.each([
    ["*not emphasis*", "\\*not emphasis\\*"],
    ["# not a heading", "\\# not a heading"],
    ["- not a list", "\\- not a list"],
    ["1. not a list", "1\\. not a list"],
    ["<script>x</script>", "\\<script\\>x\\</script\\>"],
    ["[link](http://x)", "\\[link\\]\\(http://x\\)"],
    ["R&D", "R&amp;D"],
    ["50% of S-400", "50% of S-400"],
  ])("%j -> %j", (input, expected) => expect(escapeMarkdown(input)).toBe(expected));
});

describe("yamlString", () => {
  it("quotes colons, quotes and newlines safely", () => {
    expect(yamlString('Putin: "a balance"\nnext')).toBe('"Putin: \\"a balance\\"\\nnext"');
  });
});
