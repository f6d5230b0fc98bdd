export type Paragraph = {
  text: string;
  /** The line started with a list bullet (•, -, *), which was removed from `text`. */
  isBulleted: boolean;
};

const BULLET = /^[•·*‣◦-]\s+/u;

/**
 * Splits plain text into paragraphs at blank lines. Whitespace inside a paragraph is kept
 * as written (reviewers must see double spaces), but each paragraph is trimmed and the text
 * is normalised to NFC so that "é" typed two ways compares equal.
 */
export function splitParagraphs(text: string): Paragraph[] {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/^\uFEFF/, "")
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== "")
    .map((block) => {
      const isBulleted = BULLET.test(block);
      return { text: isBulleted ? block.replace(BULLET, "").trim() : block, isBulleted };
    });
}
