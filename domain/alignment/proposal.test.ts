import { describe, expect, it } from "vitest";
import { detachRow, mergeRows, moveTarget, proposeRows, setRowKind, splitRow, type ProposedRow } from "./proposal";

const p = (text: string, isBulleted = false) => ({ text, isBulleted });
const texts = (rows: ProposedRow[]) => rows.map((r) => [r.sourceText, r.targetText]);

const rows = proposeRows(
  [p("Poutine en Inde"), p("Il est à New Delhi ce lundi 6 décembre."), p("Un déplacement rare."), p("Inde", true)],
  [p("Putin in India"), p("He is in New Delhi this Monday, December 6."), p("A rare trip."), p("India", true)],
);

describe("proposeRows", () => {
  it("pairs by content and classifies each row", () => {
    expect(texts(rows)).toEqual([
      ["Poutine en Inde", "Putin in India"],
      ["Il est à New Delhi ce lundi 6 décembre.", "He is in New Delhi this Monday, December 6."],
      ["Un déplacement rare.", "A rare trip."],
      ["Inde", "India"],
    ]);
    expect(rows.map((r) => r.kind)).toEqual(["TITLE", "BODY", "BODY", "TAG"]);
  });
});

describe("repairs", () => {
  it("merges a row with the next one on both sides", () => {
    expect(texts(mergeRows(rows, 1))[1]).toEqual(["Il est à New Delhi ce lundi 6 décembre.\nUn déplacement rare.", "He is in New Delhi this Monday, December 6.\nA rare trip."]);
    expect(mergeRows(rows, 1)).toHaveLength(3);
    expect(mergeRows(rows, 3)).toEqual(rows);
  });

  it("splits one side at a position into a new row with no counterpart", () => {
    const split = splitRow(rows, 1, "target", "He is in New Delhi".length);
    expect(texts(split).slice(1, 3)).toEqual([
      ["Il est à New Delhi ce lundi 6 décembre.", "He is in New Delhi"],
      ["", "this Monday, December 6."],
    ]);
    expect(splitRow(rows, 1, "target", 0)).toEqual(rows);
  });

  it("moves a target up or down, and detaches a row into two without counterpart", () => {
    expect(texts(moveTarget(rows, 2, -1)).slice(1, 3)).toEqual([
      ["Il est à New Delhi ce lundi 6 décembre.", "A rare trip."],
      ["Un déplacement rare.", "He is in New Delhi this Monday, December 6."],
    ]);
    expect(moveTarget(rows, 0, -1)).toEqual(rows);
    expect(texts(detachRow(rows, 2)).slice(2, 4)).toEqual([
      ["Un déplacement rare.", ""],
      ["", "A rare trip."],
    ]);
  });

  it("marks what the user touched as confirmed, and lets them set a kind", () => {
    const changed = setRowKind(rows, 2, "CREDIT");
    expect(changed[2]).toMatchObject({ kind: "CREDIT", confidence: 1, isDoubtful: false });
    expect(moveTarget(rows, 1, 1)[1]).toMatchObject({ confidence: 1, isDoubtful: false });
  });
});
