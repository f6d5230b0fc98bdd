// The translation memory's limits, stated once (decision 020). Each error that a limit causes
// names it in its message parameters.

/** Least score (0-100) of a fuzzy match worth showing: the threshold Weblate and Pontoon use. */
export const MEMORY_MIN_SCORE = 75;

/** Matches shown for one paragraph; the first three have Ctrl+1..3. */
export const MEMORY_MAX_SUGGESTIONS = 5;

/** Sentences of a long paragraph looked up one by one (the first ones; the panel says so past it). */
export const MEMORY_MAX_SENTENCES = 10;

/** Matches shown for each sentence of a long paragraph. */
export const MEMORY_MAX_SENTENCE_SUGGESTIONS = 3;

/** Units the index hands to the edit-distance score for one text: the prefilter's depth. */
export const MEMORY_MAX_CANDIDATES = 60;

/**
 * Longest text (characters) scored by edit distance. The score is a banded Levenshtein, at most
 * length × 25 % cells per character: 4,000 characters is about 4 million cells for one candidate.
 */
export const MEMORY_MAX_SCORED_LENGTH = 4000;

/** Words of a text whose frequency the prefilter looks up (numbers, then the longest words). */
export const MEMORY_MAX_COUNTED_WORDS = 10;

/**
 * A word held by this many units or more is common: the prefilter does not search by it (its
 * units would all be ranked), and counts no further (each count stops there).
 */
export const MEMORY_COMMON_WORD_UNITS = 1000;

/**
 * The rare words asked for are chosen rarest first while the units holding them add up to no
 * more than this (always at least two, so that a text differing from a unit in its rarest word
 * still finds it through the next): the ranking's usual work (decision 020).
 */
export const MEMORY_RANKING_BUDGET = 1000;

/** Units the index ranks for one text, at most, whatever the words chosen: the ranking's bound. */
export const MEMORY_MAX_RANKED = 2000;

/**
 * Each word is first counted up to this many units: when two of a text's words or more are held
 * by fewer, they are its rarest, and the others are not counted further (decision 020).
 */
export const MEMORY_RARE_WORD_UNITS = 100;

/** Rare words of a text given to the full-text prefilter, any of them. */
export const MEMORY_MAX_QUERY_WORDS = 6;

/** When no word of a text is rare, the prefilter asks for units holding all of its this many longest words. */
export const MEMORY_ALL_WORDS_FALLBACK = 3;

/** A concordance search needs at least this many characters: the trigram index's unit. */
export const CONCORDANCE_MIN_CHARS = 3;
/** And at most this many. */
export const CONCORDANCE_MAX_CHARS = 200;
/** Results per page of a concordance search. */
export const CONCORDANCE_PAGE_SIZE = 20;
/** Pages a concordance search goes into: past that, the user narrows the search. */
export const CONCORDANCE_MAX_PAGES = 50;

/**
 * Approved paragraphs without memory units that the server's start adds (prisma/seed/seed.ts):
 * after an upgrade, the memory fills itself; past this many, `cli memory-rebuild` adds the rest.
 */
export const MEMORY_REBUILD_ON_START = 50_000;

/** Largest TMX file imported (bytes): a 200,000-unit memory is about 60 MB. */
export const TMX_MAX_BYTES = 200 * 1024 * 1024;
/** Most units one TMX import or export handles. */
export const TMX_MAX_UNITS = 500_000;
/** Units written per statement during a TMX import; progress is reported between batches. */
export const TMX_IMPORT_BATCH = 1000;
