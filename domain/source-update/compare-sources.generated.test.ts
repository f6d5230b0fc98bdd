import { describe, expect, it } from "vitest";
import { generateSourceVersions } from "../../tests/support/source-versions";
import { compareSources } from "./compare-sources";

const key = (link: { type: string; old: number[]; new: number[] }) => `${link.type} ${link.old.join("+")}>${link.new.join("+")}`;

// The benchmark's generated update (tests/support/source-versions.ts), smaller: the comparison
// must find exactly the changes made, no more, no fewer.
describe("compareSources on a generated update of a long article", () => {
  it.each([
    [300, 0.1],
    [1000, 0.05],
    [600, 0.25],
  ])("%i paragraphs, %f of them changed", (paragraphs, share) => {
    const versions = generateSourceVersions(paragraphs, share);
    const comparison = compareSources(versions.old, versions.new);
    const found = comparison.links.filter((link) => link.type !== "unchanged").map(key).sort();
    expect(found).toEqual(versions.changes.map(key).sort());
    expect(new Set(versions.changes.map((change) => change.type))).toEqual(new Set(["edited", "inserted", "removed", "moved", "split", "merged"]));
  });
});
