/** What a paragraph is within an article. Mirrors the Prisma enum `SegmentKind`. */
export const SEGMENT_KINDS = [
  "TITLE",
  "CAPTION",
  "BYLINE",
  "READING_TIME",
  "BODY",
  "CREDIT",
  "TAG",
  "BOILERPLATE",
] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

export function isSegmentKind(value: unknown): value is SegmentKind {
  return typeof value === "string" && (SEGMENT_KINDS as readonly string[]).includes(value);
}

export type ClassifyInput = {
  source: string;
  target: string;
  /** Position of the pair in the article, from 0. */
  index: number;
  /** Either side was a bulleted line (the tag list at the end of scraped articles). */
  isBulleted: boolean;
};

/**
 * Page furniture scraped along with the article, in English and French. Matched against
 * the whole paragraph, lower-cased, so that a body sentence mentioning a newsletter is safe.
 */
const FURNITURE_EXACT = new Set([
  "advertising",
  "advertisement",
  "publicité",
  "read more",
  "read also",
  "lire aussi",
  "lire la suite",
  "à lire aussi",
  "newsletter",
  "i subscribe",
  "subscribe",
  "je m'abonne",
  "s'abonner",
]);

const FURNITURE_PATTERNS = [
  /^(receive|recevez) (all|toute) (the )?(international news|l'actualité internationale)\b/,
  /^(follow|suivez) (all )?(the |toute l')?(international news|actualité internationale) .*(download|téléchargeant)/,
  /^[a-z0-9_-]*badge[a-z0-9_-]*$/,
];

const CAPTION_CREDIT = /\b(AFP|Reuters|AP|POOL|Getty Images|EPA|DR)\s*$/;
const BYLINE = /^(text by|texte par|by|par)\s*:/i;
const READING_TIME = /^\d+\s*min(utes?)?$/i;

/** "Anissa el-Jabri", "Christophe Jaffrelot, research director at CERI Sc-Po". */
export function isNameLine(text: string): boolean {
  const [name, ...title] = text.split(",");
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4 || /[.!?:;]$/.test(text.trim())) return false;
  const isNameWord = (word: string) => /^(\p{Lu}[\p{L}'’-]*|(el|al|de|du|da|van|von|le|la)(-\p{Lu}[\p{L}'’-]*)?)$/u.test(word);
  return words.every(isNameWord) && /^\p{Lu}/u.test(words[words.length - 1].replace(/^.*-/, "")) && title.join(",").length <= 80;
}

function normalise(text: string): string {
  return text.normalize("NFC").replace(/[’]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
}

/** Furniture is short; a longer paragraph is article text, whatever words it contains. */
const MAX_FURNITURE_LENGTH = 120;

export function isPageFurniture(text: string): boolean {
  if (text.length > MAX_FURNITURE_LENGTH) return false;
  const plain = normalise(text);
  if (plain === "") return false;
  if (!/\p{L}/u.test(plain)) return true;
  return FURNITURE_EXACT.has(plain) || FURNITURE_PATTERNS.some((pattern) => pattern.test(plain));
}

/**
 * A first, rule-based guess at a paragraph's kind from both sides of the pair. The user
 * can always change it; the import work refines these rules.
 */
export function classifySegment({ source, target, index, isBulleted }: ClassifyInput): SegmentKind {
  const sides = [source, target].filter((side) => side.trim() !== "");
  if (sides.some(isPageFurniture)) return "BOILERPLATE";
  if (isBulleted) return "TAG";
  if (index === 0) return "TITLE";
  if (sides.some((side) => BYLINE.test(side.trim()))) return "BYLINE";
  if (sides.some((side) => READING_TIME.test(side.trim()))) return "READING_TIME";
  if (sides.some((side) => CAPTION_CREDIT.test(side.trim()))) return "CAPTION";
  if (sides.every(isNameLine) || (sides.length > 0 && sides.every((side) => /^(with our|avec notre) /i.test(side.trim())))) {
    return "CREDIT";
  }
  return "BODY";
}
