import { describe, expect, it } from "vitest";
import { classifyLinks } from "./classify-links";
import { compareSources } from "./compare-sources";
import type { PairingResult, SourceComparison } from "./types";

const OLD = [
  "Vladimir Poutine en Inde pour resserrer les liens",
  "Sur ce marché, la part de la Russie est passée sous la barre des 50 %.",
  "Publicité",
  "Européens et Américains sont venus la concurrencer.",
];
const NEW = [
  "Vladimir Poutine en Inde pour resserrer les liens",
  "Sur ce marché, la part de la Russie est passée sous la barre des 45 %.",
  "Publicité",
  "Européens et Américains sont venus la concurrencer.",
];
const identity = () => OLD.map((_, k) => ({ old: [k], new: [k] }));

const comparisonOf = (result: PairingResult): SourceComparison => {
  if (!result.ok) throw new Error(`refused: ${result.code}`);
  return result.comparison;
};
const typed = (result: PairingResult) => comparisonOf(result).links.map((link) => [link.type, link.old, link.new]);

/** A link whose `old` cannot be read without throwing. */
const hostile = Object.defineProperty({ new: [0] }, "old", {
  get() {
    throw new Error("boom");
  },
  enumerable: true,
});

describe("classifyLinks refuses a bad pairing with a code, never an exception", () => {
  it.each([
    ["not a list", null, { code: "NOT_A_LIST" }],
    ["an object", { links: identity() }, { code: "NOT_A_LIST" }],
    ["a string", "[]", { code: "NOT_A_LIST" }],
    ["more links than paragraphs", Array.from({ length: 9 }, () => ({ old: [0], new: [] })), { code: "TOO_MANY_LINKS" }],
    ["a link that is not an object", [null, ...identity().slice(1)], { code: "MALFORMED_LINK", link: 0 }],
    ["a link without new side", [{ old: [0] }], { code: "MALFORMED_LINK", link: 0 }],
    ["a side that is not a list", [{ old: "0", new: [0] }], { code: "MALFORMED_LINK", link: 0 }],
    ["an index that is not an integer", [...identity().slice(0, 3), { old: [3], new: [2.5] }], { code: "MALFORMED_LINK", link: 3 }],
    ["an index as a string", [{ old: ["0"], new: [0] }], { code: "MALFORMED_LINK", link: 0 }],
    ["a getter that throws", [hostile], { code: "MALFORMED_LINK", link: 0 }],
    ["an empty link", [...identity(), { old: [], new: [] }], { code: "EMPTY_LINK", link: 4 }],
    ["a negative index", [{ old: [-1], new: [0] }], { code: "OUT_OF_RANGE", link: 0, side: "old", index: -1 }],
    ["an index past the end", [...identity().slice(0, 3), { old: [3], new: [4] }], { code: "OUT_OF_RANGE", link: 3, side: "new", index: 4 }],
    ["an old paragraph in two links", [...identity(), { old: [0], new: [] }], { code: "DUPLICATE", link: 4, side: "old", index: 0 }],
    ["a new paragraph in two links", [{ old: [0], new: [0] }, { old: [1], new: [0] }], { code: "DUPLICATE", link: 1, side: "new", index: 0 }],
    ["a paragraph twice in one link", [{ old: [1, 1], new: [1] }], { code: "DUPLICATE", link: 0, side: "old", index: 1 }],
    ["an old paragraph left out", identity().filter((_, k) => k !== 2).concat({ old: [], new: [2] }), { code: "MISSING", side: "old", index: 2 }],
    ["a new paragraph left out", identity().slice(0, 3).concat({ old: [3], new: [] }), { code: "MISSING", side: "new", index: 3 }],
    ["several to several", [{ old: [0, 1], new: [0, 1] }, { old: [2], new: [2] }, { old: [3], new: [3] }], { code: "MANY_TO_MANY", link: 0 }],
    ["a group with no partner", [{ old: [0, 1], new: [] }], { code: "UNPAIRED_GROUP", link: 0 }],
    ["a merge that skips a paragraph", [{ old: [0, 2], new: [0] }], { code: "NOT_CONSECUTIVE", link: 0 }],
    ["a split in reverse order", [{ old: [0], new: [1, 0] }], { code: "NOT_CONSECUTIVE", link: 0 }],
  ])("%s", (_name, links, expected) => {
    expect(classifyLinks(OLD, NEW, links)).toEqual({ ok: false, ...expected });
  });

  it("refuses a huge list of indexes at once, without reading it all", () => {
    const links = [{ old: Array.from({ length: 1_000_000 }, () => 0), new: [0] }];
    const started = performance.now();
    expect(classifyLinks(OLD, NEW, links)).toEqual({ ok: false, code: "DUPLICATE", link: 0, side: "old", index: 0 });
    expect(performance.now() - started).toBeLessThan(200);
  });

  it("answers every odd input with a result", () => {
    const odd: unknown[] = [undefined, 0, true, {}, [[]], [{}], [{ old: null, new: null }], [{ old: [0], new: [0], extra: "x" }], [{ old: [Number.NaN], new: [0] }], [{ old: [Infinity], new: [0] }], [[0], [0]]];
    for (const links of odd) expect(typeof classifyLinks(OLD, NEW, links).ok).toBe("boolean");
  });
});

describe("classifyLinks recomputes each link's type", () => {
  it("gives what compareSources gives for the pairing compareSources found", () => {
    const compared = compareSources(OLD, NEW);
    expect(classifyLinks(OLD, NEW, compared.links)).toEqual({ ok: true, comparison: compared });
  });

  it("accepts links in any order and answers in the order of the new version", () => {
    const links = identity().reverse();
    expect(typed(classifyLinks(OLD, NEW, links))).toEqual([
      ["unchanged", [0], [0]],
      ["edited", [1], [1]],
      ["unchanged", [2], [2]],
      ["unchanged", [3], [3]],
    ]);
  });

  it("calls identical paragraphs paired across the others moved", () => {
    const after = [NEW[3], NEW[0], NEW[1], NEW[2]];
    const links = [
      { old: [3], new: [0] },
      { old: [0], new: [1] },
      { old: [1], new: [2] },
      { old: [2], new: [3] },
    ];
    expect(typed(classifyLinks(OLD, after, links))).toEqual([
      ["moved", [3], [0]],
      ["unchanged", [0], [1]],
      ["edited", [1], [2]],
      ["unchanged", [2], [3]],
    ]);
  });

  it("keeps the user's pairing of two different paragraphs, as edited with its low similarity", () => {
    const links = [
      { old: [0], new: [0] },
      { old: [1], new: [3] },
      { old: [2], new: [2] },
      { old: [3], new: [1] },
    ];
    const comparison = comparisonOf(classifyLinks(OLD, NEW, links));
    expect(comparison.links.map((link) => [link.type, link.similarity])).toEqual([
      ["unchanged", 1],
      ["edited", 0.09],
      ["unchanged", 1],
      ["edited", 0.09],
    ]);
  });

  it("types splits, merges, insertions and removals, counts them and the matched ratio", () => {
    const before = ["Il est arrivé lundi. Il repart mardi.", "Un.", "Deux.", "Ancien paragraphe.", "Fin."];
    const after = ["Il est arrivé lundi.", "Il repart mardi.", "Un. Deux.", "Nouveau paragraphe.", "Fin."];
    const links = [
      { old: [0], new: [0, 1] },
      { old: [1, 2], new: [2] },
      { old: [3], new: [] },
      { old: [], new: [3] },
      { old: [4], new: [4] },
    ];
    const comparison = comparisonOf(classifyLinks(before, after, links));
    expect(comparison.links.map((link) => [link.type, link.similarity])).toEqual([
      ["split", 1],
      ["merged", 1],
      ["removed", 0],
      ["inserted", 0],
      ["unchanged", 1],
    ]);
    expect(comparison.counts).toEqual({ unchanged: 1, edited: 0, moved: 0, inserted: 1, removed: 1, split: 1, merged: 1 });
    expect(comparison.matchedRatio).toBe(4 / 5);
  });
});
