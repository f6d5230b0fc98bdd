import { describe, expect, it } from "vitest";
import { diffSourceLink } from "./diff-link";

const render = (oldParagraphs: string[], newParagraphs: string[], link: { old: number[]; new: number[] }) =>
  diffSourceLink(oldParagraphs, newParagraphs, link)
    .map((part) => (part.type === "same" ? part.text : part.type === "added" ? `{+${part.text}+}` : `[-${part.text}-]`))
    .join("");

describe("diffSourceLink", () => {
  it.each([
    ["a corrected figure", ["la barre des 50 %."], ["la barre des 45 %."], { old: [0], new: [0] }, "la barre des [-50-]{+45+} %."],
    ["whitespace is not shown as a change", ["la  barre des\u00A050 %."], ["la barre des 45 %."], { old: [0], new: [0] }, "la barre des [-50-]{+45+} %."],
    ["a split shows the new paragraph break", ["Un. Deux."], ["Un.", "Deux."], { old: [0], new: [0, 1] }, "Un.[- -]{+\n\n+}Deux."],
    ["a merge shows the break gone", ["Un.", "Deux."], ["Un. Deux."], { old: [0, 1], new: [0] }, "Un.[-\n\n-]{+ +}Deux."],
    ["an inserted paragraph is all added", [], ["Nouveau."], { old: [], new: [0] }, "{+Nouveau.+}"],
    ["a removed paragraph is all removed", ["Ancien."], [], { old: [0], new: [] }, "[-Ancien.-]"],
  ])("%s", (_name, before, after, link, expected) => {
    expect(render(before, after, link)).toBe(expected);
  });
});
