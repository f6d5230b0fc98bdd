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
  "follow",
  "follow us",
  "suivre",
  "suivez-nous",
  "share",
  "partager",
  "share this article",
  "partager cet article",
]);

/**
 * Share buttons scraped as a line of their own, with or without the networks' names ("Share",
 * "Partager sur Facebook", "Facebook Twitter LinkedIn E-mail"): every word of the line is one of
 * these, and one is a network's name or a verb of sharing.
 */
const SHARE_VERBS = new Set(["share", "partager", "partagez", "tweet", "tweeter", "copy", "copier", "send", "envoyer", "email", "e-mail", "mail", "print", "imprimer"]);
const NETWORKS = new Set(["facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "messenger", "pinterest", "reddit", "flipboard", "bluesky", "threads", "mastodon"]);
const SHARE_FILLERS = new Set(["on", "sur", "via", "par", "by", "this", "the", "article", "cet", "l'article", "link", "le", "lien", "to", "a", "friend", "un", "ami", "page", "cette"]);

function isShareLine(plain: string): boolean {
  // Most lines are not buttons: their first word says so before the line is split.
  const firstEnd = plain.search(/[\s|•·,/]/);
  const first = firstEnd === -1 ? plain : plain.slice(0, firstEnd);
  if (first !== "" && !SHARE_VERBS.has(first) && !NETWORKS.has(first) && !SHARE_FILLERS.has(first)) return false;
  const words = plain.split(/[\s|•·,/]+/).filter((word) => word !== "");
  if (words.length === 0 || words.length > 12) return false;
  const isShareWord = (word: string) => SHARE_VERBS.has(word) || NETWORKS.has(word);
  // A lone "Email" or "Print" might be a word of the article; a network's name or "share" is not.
  return words.every((word) => isShareWord(word) || SHARE_FILLERS.has(word)) && words.some((word) => word === "share" || word === "partager" || word === "partagez" || NETWORKS.has(word));
}

/**
 * "Read also" blocks that carry the linked article's headline on the same line ("Lire aussi :
 * Vladimir Poutine en Inde…", "READ ALSO - Putin in India"): the words, then a separator or a
 * capital. The headline may make the line longer than other furniture.
 */
const READ_ALSO = /^(?:à\s+)?(?:lire\s+aussi|à\s+lire|lire\s+également|read\s+also|also\s+read|read\s+more|see\s+also|voir\s+aussi)/i;
/** What follows the words: a separator, a quotation mark, or a headline's capital (case matters: "Read more carefully" is prose). */
const READ_ALSO_HEADLINE = /^(?:\s*[:\-–—|»>]\s*\S|\s*["“«]|\s+\p{Lu})/u;

function isReadAlsoLine(text: string): boolean {
  const match = READ_ALSO.exec(text);
  return match !== null && READ_ALSO_HEADLINE.test(text.slice(match[0].length));
}
const MAX_READ_ALSO_LENGTH = 300;

/**
 * Social buttons scraped onto the end of a byline ("Text by: RFI Follow", "Par Jean Dupont
 * Suivre"): the byline, then the button's word. Returns the byline without it.
 */
// Case matters: the button is a capitalised word at the very end ("By then, they had to follow" is prose).
const BYLINE_BUTTON = /^((?:[Tt]ext by|[Tt]exte par|By|Par|BY|PAR)(?=[\s:])\s*:?\s*\S.*?)\s+(?:\+\s*)?(Follow|FOLLOW|Suivre|SUIVRE|Suivez|S'abonner|Subscribe)(?:\s+(?:on|sur)\s+\p{L}+)?\s*$/u;

export function findBylineButton(text: string): { byline: string; button: string } | null {
  // A byline is short, like other furniture.
  if (text.length > MAX_FURNITURE_LENGTH) return null;
  const match = BYLINE_BUTTON.exec(text.trim());
  return match ? { byline: match[1], button: match[2] } : null;
}

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

/** The last few answers: a paragraph's texts are asked about by its classification and again by the boilerplate check. */
const recentFurniture = new Map<string, boolean>();

export function isPageFurniture(text: string): boolean {
  const known = recentFurniture.get(text);
  if (known !== undefined) return known;
  const answer = judgeFurniture(text);
  if (recentFurniture.size >= 8) recentFurniture.delete(recentFurniture.keys().next().value!);
  recentFurniture.set(text, answer);
  return answer;
}

function judgeFurniture(text: string): boolean {
  if (text.length <= MAX_READ_ALSO_LENGTH && isReadAlsoLine(text.trim())) return true;
  if (text.length > MAX_FURNITURE_LENGTH) return false;
  const plain = normalise(text);
  if (plain === "") return false;
  if (!/\p{L}/u.test(plain)) return true;
  return FURNITURE_EXACT.has(plain) || FURNITURE_PATTERNS.some((pattern) => pattern.test(plain)) || isShareLine(plain);
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
  if (sides.some((side) => BYLINE.test(side.trim()) || findBylineButton(side) !== null)) return "BYLINE";
  if (sides.some((side) => READING_TIME.test(side.trim()))) return "READING_TIME";
  if (sides.some((side) => CAPTION_CREDIT.test(side.trim()))) return "CAPTION";
  if (sides.every(isNameLine) || (sides.length > 0 && sides.every((side) => /^(with our|avec notre) /i.test(side.trim())))) {
    return "CREDIT";
  }
  return "BODY";
}
