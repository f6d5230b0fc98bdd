/**
 * Limits of the glossary, stated once: the form's and the API's contracts
 * (server/services/glossary/*.schema.ts) and the file import (glossary-files.ts) check the same
 * numbers, and each refusal names its limit to the user (`params.limit`).
 */

/** Longest French term, English term or forbidden variant, in characters: a term is a few words. */
export const MAX_GLOSSARY_TERM_LENGTH = 200;

/** Most forbidden variants one term may list. */
export const MAX_GLOSSARY_VARIANTS = 20;

/** Longest note on a term, in characters. */
export const MAX_GLOSSARY_NOTE_LENGTH = 1_000;

/**
 * Most terms one imported file may hold: far above a newsroom's glossary, and what one import's
 * transaction writes and every paragraph's glossary check scans in bounded time.
 */
export const MAX_GLOSSARY_IMPORT_TERMS = 5_000;

/** Largest glossary file accepted, in characters (within the API's 6 MB request limit). */
export const MAX_GLOSSARY_FILE_LENGTH = 2_000_000;
