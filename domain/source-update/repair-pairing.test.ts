import { describe, expect, it } from "vitest";
import { compareSources } from "./compare-sources";
import { repairPairing } from "./repair-pairing";
import type { PairingResult, SourceComparison } from "./types";

const OLD = [
  "Vladimir Poutine en Inde pour resserrer les liens",
  "Le sujet des vaccins devrait notamment être abordé. Des contrats dans le domaine de l'énergie sont attendus.",
  "Sur ce marché, la part de la Russie est passée sous la barre des 50 %.",
  "Européens et Américains sont venus la concurrencer.",
  "Publicité",
];
const NEW = [
  "Vladimir Poutine en Inde pour resserrer les liens",
  "Le sujet des vaccins devrait notamment être abordé.",
  "Des contrats dans le domaine de l'énergie sont attendus.",
  "Sur ce marché, la part de la Russie est passée sous la barre des 45 %.",
  "Washington est même allé jusqu'à évoquer des sanctions.",
  "Publicité",
];
const COMPARED = compareSources(OLD, NEW);

const comparisonOf = (result: PairingResult): SourceComparison => {
  if (!result.ok) throw new Error(`refused: ${result.code}`);
  return result.comparison;
};
const typed = (comparison: SourceComparison) => comparison.links.map((link) => [link.type, link.old, link.new]);
const repair = (change: unknown, links: unknown = COMPARED.links) => repairPairing(OLD, NEW, links, change);

describe("repairPairing", () => {
  it("starts from the comparison's proposal", () => {
    expect(typed(COMPARED)).toEqual([
      ["unchanged", [0], [0]],
      ["split", [1], [1, 2]],
      ["edited", [2], [3]],
      ["removed", [3], []],
      ["inserted", [], [4]],
      ["unchanged", [4], [5]],
    ]);
  });

  it.each([
    [
      "pair new paragraph 4 with old paragraph 3",
      { oldIndex: 3, newIndex: 4 },
      [
        ["unchanged", [0], [0]],
        ["split", [1], [1, 2]],
        ["edited", [2], [3]],
        ["edited", [3], [4]],
        ["unchanged", [4], [5]],
      ],
    ],
    [
      "treat new paragraph 3 as inserted",
      { oldIndex: null, newIndex: 3 },
      [
        ["unchanged", [0], [0]],
        ["split", [1], [1, 2]],
        ["removed", [2], []],
        ["removed", [3], []],
        ["inserted", [], [3]],
        ["inserted", [], [4]],
        ["unchanged", [4], [5]],
      ],
    ],
    [
      "treat old paragraph 2 as removed",
      { oldIndex: 2, newIndex: null },
      [
        ["unchanged", [0], [0]],
        ["split", [1], [1, 2]],
        ["removed", [2], []],
        ["removed", [3], []],
        ["inserted", [], [3]],
        ["inserted", [], [4]],
        ["unchanged", [4], [5]],
      ],
    ],
    [
      "take the second part out of a split",
      { oldIndex: null, newIndex: 2 },
      [
        ["unchanged", [0], [0]],
        ["edited", [1], [1]],
        ["inserted", [], [2]],
        ["edited", [2], [3]],
        ["removed", [3], []],
        ["inserted", [], [4]],
        ["unchanged", [4], [5]],
      ],
    ],
    [
      "pair a part of a split with another old paragraph",
      { oldIndex: 3, newIndex: 1 },
      [
        ["unchanged", [0], [0]],
        ["edited", [3], [1]],
        ["edited", [1], [2]],
        ["edited", [2], [3]],
        ["inserted", [], [4]],
        ["unchanged", [4], [5]],
      ],
    ],
    [
      "pair the first new paragraph with the last old one, across the others",
      { oldIndex: 4, newIndex: 0 },
      [
        ["removed", [0], []],
        ["edited", [4], [0]],
        ["split", [1], [1, 2]],
        ["edited", [2], [3]],
        ["removed", [3], []],
        ["inserted", [], [4]],
        ["inserted", [], [5]],
      ],
    ],
    [
      "confirm a pairing that is already there",
      { oldIndex: 2, newIndex: 3 },
      typed(COMPARED),
    ],
  ])("%s", (_name, change, expected) => {
    expect(typed(comparisonOf(repair(change)))).toEqual(expected);
  });

  it("keeps the first run of a split that loses a middle part, the rest inserted", () => {
    const before = ["Un. Deux. Trois."];
    const after = ["Un.", "Deux.", "Trois."];
    const links = [{ old: [0], new: [0, 1, 2] }];
    expect(typed(comparisonOf(repairPairing(before, after, links, { oldIndex: null, newIndex: 1 })))).toEqual([
      ["edited", [0], [0]],
      ["inserted", [], [1]],
      ["inserted", [], [2]],
    ]);
  });

  it("breaks a merge that loses its new paragraph into removed paragraphs", () => {
    const before = ["Un.", "Deux."];
    const after = ["Un. Deux."];
    const links = [{ old: [0, 1], new: [0] }];
    expect(typed(comparisonOf(repairPairing(before, after, links, { oldIndex: null, newIndex: 0 })))).toEqual([
      ["removed", [0], []],
      ["removed", [1], []],
      ["inserted", [], [0]],
    ]);
  });

  it("comes back to the proposal when the user undoes a correction by two more", () => {
    const moved = comparisonOf(repair({ oldIndex: 3, newIndex: 4 }));
    const undone = comparisonOf(repair({ oldIndex: null, newIndex: 4 }, moved.links));
    expect(undone).toEqual(COMPARED);
  });

  it.each([
    ["no change", null, { code: "BAD_CHANGE" }],
    ["a list", [3, 4], { code: "BAD_CHANGE" }],
    ["both sides null", { oldIndex: null, newIndex: null }, { code: "BAD_CHANGE" }],
    ["a side missing", { oldIndex: 3 }, { code: "BAD_CHANGE" }],
    ["a fraction", { oldIndex: 1.5, newIndex: 2 }, { code: "BAD_CHANGE" }],
    ["a string", { oldIndex: "1", newIndex: 2 }, { code: "BAD_CHANGE" }],
    ["a negative index", { oldIndex: -1, newIndex: 2 }, { code: "BAD_CHANGE" }],
    ["an old index past the end", { oldIndex: 5, newIndex: 2 }, { code: "OUT_OF_RANGE", side: "old", index: 5 }],
    ["a new index past the end", { oldIndex: 1, newIndex: 6 }, { code: "OUT_OF_RANGE", side: "new", index: 6 }],
  ])("refuses %s", (_name, change, expected) => {
    expect(repair(change)).toEqual({ ok: false, ...expected });
  });

  it("refuses a bad pairing before applying anything", () => {
    expect(repair({ oldIndex: 3, newIndex: 4 }, COMPARED.links.slice(1))).toEqual({ ok: false, code: "MISSING", side: "old", index: 0 });
    expect(repair({ oldIndex: 3, newIndex: 4 }, "links")).toEqual({ ok: false, code: "NOT_A_LIST" });
  });
});
