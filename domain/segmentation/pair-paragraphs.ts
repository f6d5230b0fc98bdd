import { classifySegment, type SegmentKind } from "./classify-segment";
import { splitParagraphs } from "./split-paragraphs";

export type ParagraphPair = {
  kind: SegmentKind;
  sourceText: string;
  targetText: string;
};

export type PairingResult =
  | { ok: true; pairs: ParagraphPair[] }
  | { ok: false; reason: "empty-source" | "empty-target" | "paragraph-count-mismatch"; sourceCount: number; targetCount: number };

/**
 * Pairs two texts paragraph by paragraph, by position. This is only safe when both sides
 * have the same number of paragraphs, so anything else is refused rather than misaligned.
 */
export function pairParagraphsByPosition(source: string, target: string): PairingResult {
  const sourceParagraphs = splitParagraphs(source);
  const targetParagraphs = splitParagraphs(target);
  const counts = { sourceCount: sourceParagraphs.length, targetCount: targetParagraphs.length };
  if (sourceParagraphs.length === 0) return { ok: false, reason: "empty-source", ...counts };
  if (targetParagraphs.length === 0) return { ok: false, reason: "empty-target", ...counts };
  if (sourceParagraphs.length !== targetParagraphs.length) {
    return { ok: false, reason: "paragraph-count-mismatch", ...counts };
  }
  return {
    ok: true,
    pairs: sourceParagraphs.map((sourceParagraph, index) => {
      const targetParagraph = targetParagraphs[index];
      return {
        kind: classifySegment({
          source: sourceParagraph.text,
          target: targetParagraph.text,
          index,
          isBulleted: sourceParagraph.isBulleted || targetParagraph.isBulleted,
        }),
        sourceText: sourceParagraph.text,
        targetText: targetParagraph.text,
      };
    }),
  };
}
