/**
 * What happened to paragraphs between two versions of a source article.
 * - unchanged: the same text in the same order (whitespace aside);
 * - moved: the same text, out of the order of the others;
 * - edited: one old paragraph became one new paragraph with other words (wherever it went);
 * - split: one old paragraph became several consecutive new ones;
 * - merged: several consecutive old paragraphs became one new one;
 * - inserted: a new paragraph with no old counterpart;
 * - removed: an old paragraph with no new counterpart.
 */
export const SOURCE_CHANGE_TYPES = ["unchanged", "edited", "moved", "inserted", "removed", "split", "merged"] as const;
export type SourceChangeType = (typeof SOURCE_CHANGE_TYPES)[number];

/** Which old paragraphs (indexes in the old version) became which new ones: the preview's answer. */
export type SourcePairing = { old: number[]; new: number[] };

export type SourceLink = SourcePairing & {
  type: SourceChangeType;
  /**
   * Word similarity of the two sides, 0 to 1, two decimals: 1 for unchanged and moved, 0 for
   * inserted and removed, at most 0.99 for edited (a change of case or punctuation only keeps the
   * words but is still a change).
   */
  similarity: number;
};

export type SourceComparison = {
  /**
   * Every old and every new paragraph in exactly one link, in the order of the new version; a
   * removed paragraph comes right after the link of the old paragraph before it (first if none).
   */
  links: SourceLink[];
  /** Links of each type (a split into three paragraphs is one link). */
  counts: Record<SourceChangeType, number>;
  /**
   * Share of the old paragraphs that found a partner (unchanged, moved, edited, split, merged),
   * 0 to 1. 1 when both versions are empty, 0 when only the old one is.
   */
  matchedRatio: number;
};

/**
 * Below this matched ratio the new version does not look like the same article (another article,
 * or the translation given instead of the source): the caller should warn before going on.
 */
export const SAME_ARTICLE_MIN_MATCHED_RATIO = 1 / 3;

/**
 * Why a pairing sent back by the preview was refused. Nothing in the request is trusted: each
 * code names the first problem found, with where it is when that helps the user.
 * - NOT_A_LIST: the links are not a list.
 * - TOO_MANY_LINKS: more links than paragraphs in both versions together.
 * - MALFORMED_LINK: a link is not `{ old: integer[], new: integer[] }`.
 * - EMPTY_LINK: a link names no paragraph.
 * - OUT_OF_RANGE: an index outside its version (`side`, `index`).
 * - DUPLICATE: a paragraph in two links, or twice in one (`side`, `index`).
 * - MISSING: a paragraph in no link (`side`, `index`).
 * - MANY_TO_MANY: several old paragraphs linked to several new ones.
 * - UNPAIRED_GROUP: several paragraphs on one side and none on the other (each is its own link).
 * - NOT_CONSECUTIVE: the paragraphs of a split or a merge are not consecutive, in order.
 * - BAD_CHANGE: a repair that is not `{ oldIndex, newIndex }`, integers or null, not both null.
 */
export const PAIRING_REFUSAL_CODES = [
  "NOT_A_LIST",
  "TOO_MANY_LINKS",
  "MALFORMED_LINK",
  "EMPTY_LINK",
  "OUT_OF_RANGE",
  "DUPLICATE",
  "MISSING",
  "MANY_TO_MANY",
  "UNPAIRED_GROUP",
  "NOT_CONSECUTIVE",
  "BAD_CHANGE",
] as const;
export type PairingRefusalCode = (typeof PAIRING_REFUSAL_CODES)[number];

export type PairingRefusal = {
  code: PairingRefusalCode;
  /** Position of the offending link in the list sent. */
  link?: number;
  side?: "old" | "new";
  /** The offending paragraph's index in its version. */
  index?: number;
};

export type PairingResult = { ok: true; comparison: SourceComparison } | ({ ok: false } & PairingRefusal);

/**
 * One correction from the preview: pair new paragraph `newIndex` with old paragraph `oldIndex`;
 * with `oldIndex: null`, treat the new paragraph as inserted; with `newIndex: null`, treat the old
 * paragraph as removed.
 */
export type PairingChange = { oldIndex: number | null; newIndex: number | null };
