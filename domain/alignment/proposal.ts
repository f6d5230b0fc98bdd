import { classifySegment, type SegmentKind } from "../segmentation/classify-segment";
import type { Paragraph } from "../segmentation/split-paragraphs";
import type { SegmentState } from "../workflow/segment-state";
import type { InlineCodes } from "../interchange/inline-codes";
import { alignParagraphs, DOUBTFUL_BELOW } from "./align";

/** A proposed pair, shown to the user for repair before anything is written. */
export type ProposedRow = {
  kind: SegmentKind;
  sourceText: string;
  targetText: string;
  /** 0 to 1; 1 once the user has touched the row. */
  confidence: number;
  isDoubtful: boolean;
  /** Only for imports that carry states (XLIFF). */
  state?: SegmentState;
  /** Where the row's paragraph was bulleted (tags); kept for re-classifying after repairs. */
  isBulleted: boolean;
  /** Inline markup of an XLIFF import. */
  inlineCodes?: InlineCodes;
};

const join = (parts: string[]) => parts.filter((part) => part.trim() !== "").join("\n");

function classified(row: Omit<ProposedRow, "kind">, index: number): ProposedRow {
  return { ...row, kind: classifySegment({ source: row.sourceText, target: row.targetText, index, isBulleted: row.isBulleted }) };
}

/** Aligns the two sides by content and proposes rows with kinds and confidence. */
export function proposeRows(source: readonly Paragraph[], target: readonly Paragraph[]): ProposedRow[] {
  const links = alignParagraphs(
    source.map((p) => p.text),
    target.map((p) => p.text),
  );
  return links.map((link, index) =>
    classified(
      {
        sourceText: join(link.source.map((i) => source[i].text)),
        targetText: join(link.target.map((j) => target[j].text)),
        confidence: link.confidence,
        isDoubtful: link.confidence < DOUBTFUL_BELOW,
        isBulleted: [...link.source.map((i) => source[i].isBulleted), ...link.target.map((j) => target[j].isBulleted)].some(Boolean),
      },
      index,
    ),
  );
}

const confirmed = (row: ProposedRow): ProposedRow => ({ ...row, confidence: 1, isDoubtful: false });

function reclassify(rows: ProposedRow[], touched: number[]): ProposedRow[] {
  return rows.map((row, index) => (touched.includes(index) ? classified(confirmed(row), index) : row));
}

/** Merges row `index` with the next one, on both sides. */
export function mergeRows(rows: readonly ProposedRow[], index: number): ProposedRow[] {
  if (index < 0 || index >= rows.length - 1) return [...rows];
  const [a, b] = [rows[index], rows[index + 1]];
  const merged: ProposedRow = {
    ...a,
    sourceText: join([a.sourceText, b.sourceText]),
    targetText: join([a.targetText, b.targetText]),
    isBulleted: a.isBulleted && b.isBulleted,
  };
  return reclassify([...rows.slice(0, index), merged, ...rows.slice(index + 2)], [index]);
}

/**
 * Splits one side of row `index` at character `at`: the row keeps the first part, and a new row
 * below takes the second part with an empty counterpart (to be paired by moving a target).
 */
export function splitRow(rows: readonly ProposedRow[], index: number, side: "source" | "target", at: number): ProposedRow[] {
  const row = rows[index];
  if (!row) return [...rows];
  const text = side === "source" ? row.sourceText : row.targetText;
  const [first, second] = [text.slice(0, at).trim(), text.slice(at).trim()];
  if (first === "" || second === "") return [...rows];
  const kept: ProposedRow = side === "source" ? { ...row, sourceText: first } : { ...row, targetText: first };
  const added: ProposedRow = { ...row, sourceText: side === "source" ? second : "", targetText: side === "target" ? second : "" };
  return reclassify([...rows.slice(0, index), kept, added, ...rows.slice(index + 1)], [index, index + 1]);
}

/** Moves row `index`'s target up or down one row, swapping it with that row's target. */
export function moveTarget(rows: readonly ProposedRow[], index: number, direction: -1 | 1): ProposedRow[] {
  const other = index + direction;
  if (!rows[index] || !rows[other]) return [...rows];
  const next = [...rows];
  next[index] = { ...rows[index], targetText: rows[other].targetText };
  next[other] = { ...rows[other], targetText: rows[index].targetText };
  return reclassify(next, [index, other]);
}

/** Marks row `index` as having no counterpart: its source and target become two rows of their own. */
export function detachRow(rows: readonly ProposedRow[], index: number): ProposedRow[] {
  const row = rows[index];
  if (!row || row.sourceText === "" || row.targetText === "") return [...rows];
  return reclassify([...rows.slice(0, index), { ...row, targetText: "" }, { ...row, sourceText: "" }, ...rows.slice(index + 1)], [index, index + 1]);
}

/** Sets a row's kind by hand. */
export function setRowKind(rows: readonly ProposedRow[], index: number, kind: SegmentKind): ProposedRow[] {
  return rows.map((row, i) => (i === index ? { ...confirmed(row), kind } : row));
}
