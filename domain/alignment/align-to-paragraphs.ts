import { alignParagraphs, DOUBTFUL_BELOW } from "./align";

/** The proposed translation of one fixed French paragraph of an article. */
export type ParagraphProposal = {
  targetText: string;
  /** 0 to 1, from the aligner's link. */
  confidence: number;
  isDoubtful: boolean;
};

const join = (parts: readonly string[]) => parts.filter((part) => part.trim() !== "").join("\n");

/**
 * Aligns a translation's paragraphs to an article's French paragraphs, which are fixed: the
 * article exists, its paragraphs carry history in other languages, so they may be neither joined
 * nor split. The aligner's links are mapped onto them: a link joining two French paragraphs gives
 * its translation to the first and leaves the second empty (to translate, or repair by hand); a
 * translated paragraph without French counterpart is appended to the previous paragraph's
 * translation (the first paragraph's when it comes first). Rows so changed are doubtful.
 * Returns exactly one proposal per French paragraph, in order.
 */
export function alignToParagraphs(french: readonly string[], targets: readonly string[]): ParagraphProposal[] {
  const proposals: ParagraphProposal[] = french.map(() => ({ targetText: "", confidence: 0, isDoubtful: true }));
  if (french.length === 0) return proposals;
  /** Target paragraphs met before any French one: they go to the first paragraph. */
  const leading: string[] = [];
  let previous = -1;
  for (const link of alignParagraphs(french, targets)) {
    const texts = link.target.map((j) => targets[j]);
    if (link.source.length === 0) {
      if (previous < 0) leading.push(...texts);
      else proposals[previous] = { targetText: join([proposals[previous].targetText, ...texts]), confidence: proposals[previous].confidence, isDoubtful: true };
      continue;
    }
    const [first, ...rest] = link.source;
    const isJoined = rest.length > 0;
    proposals[first] = { targetText: join(texts), confidence: link.confidence, isDoubtful: isJoined || link.confidence < DOUBTFUL_BELOW };
    for (const other of rest) proposals[other] = { targetText: "", confidence: link.confidence, isDoubtful: true };
    previous = link.source[link.source.length - 1];
  }
  if (leading.length > 0) proposals[0] = { targetText: join([...leading, proposals[0].targetText]), confidence: proposals[0].confidence, isDoubtful: true };
  return proposals;
}
