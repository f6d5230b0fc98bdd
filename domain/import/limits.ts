/**
 * Limits of the import, so that no single request stalls the server. Each refusal names its
 * limit to the user (`params.limit`). The file size limit is MAX_IMPORT_BYTES (decode-text.ts).
 */

/**
 * Deepest nesting of HTML elements, or of Markdown blockquotes, lists and emphasis, that an
 * import reads. Articles nest a few levels; pages built by tools a few dozen. Beyond this the
 * file is refused ("too-deep") rather than walked: Markdown's parser recurses once per level
 * and would run out of stack.
 */
export const MAX_NESTING_DEPTH = 500;

/**
 * Longest paragraph, in characters, on either side: far beyond any real paragraph, small enough to
 * keep the editor's pages fast. Checked at the import preview (each paragraph as read, and each
 * row as aligned) and again when the document is created and whenever a paragraph is saved.
 */
export const MAX_SEGMENT_LENGTH = 20_000;

/**
 * Most paragraphs a side may have: far above any article (the demo has 40), and what the aligner
 * handles in bounded time and memory (see `npm run bench:align`). Also the most paragraphs one
 * document may be created with.
 */
export const MAX_IMPORT_PARAGRAPHS = 5000;
