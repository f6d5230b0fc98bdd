/**
 * Error-typed review after MQM (Multidimensional Quality Metrics, MQM 2.0 core typology and its
 * scoring model, decision 024). One place for the categories, the severities with their weights
 * and the arithmetic of the score, used by the browser (the dialogs, the checklist line) and the
 * server (recording, the publish gate, exports, the dashboard).
 */

/**
 * The error categories a reviewer may give, in the order the dialogs list them. Each is
 * `dimension/type`, MQM's top-level dimension first: Accuracy (mistranslation, omission,
 * addition, untranslated), Fluency (grammar, spelling, punctuation), Terminology, Style,
 * Locale convention, Design and markup.
 */
export const MQM_CATEGORIES = [
  "accuracy/mistranslation",
  "accuracy/omission",
  "accuracy/addition",
  "accuracy/untranslated",
  "fluency/grammar",
  "fluency/spelling",
  "fluency/punctuation",
  "terminology",
  "style",
  "locale-convention",
  "design-markup",
] as const;
export type MqmCategory = (typeof MQM_CATEGORIES)[number];

/** MQM's top-level dimension of a category (the dialogs group the categories by it). */
export const MQM_DIMENSIONS = ["accuracy", "fluency", "terminology", "style", "locale-convention", "design-markup"] as const;
export type MqmDimension = (typeof MQM_DIMENSIONS)[number];

export function dimensionOf(category: MqmCategory): MqmDimension {
  return category.split("/")[0] as MqmDimension;
}

/** Severities from least to most serious. */
export const MQM_SEVERITIES = ["neutral", "minor", "major", "critical"] as const;
export type MqmSeverity = (typeof MQM_SEVERITIES)[number];

/** MQM's severity multipliers: penalty points per error. A neutral error is noted but costs nothing. */
export const MQM_SEVERITY_WEIGHTS: Readonly<Record<MqmSeverity, number>> = { neutral: 0, minor: 1, major: 5, critical: 25 };

/** The reference word count penalties are normed to: "penalty points per 1,000 words". */
export const MQM_REFERENCE_WORDS = 1_000;

/**
 * The threshold before an administrator sets one: at most 10 penalty points per 1,000 words,
 * which is MQM's usual pass mark of a quality score of 99.
 */
export const DEFAULT_MAX_PENALTY_PER_1000_WORDS = 10;
/** The highest threshold an administrator may set (40 critical errors per 1,000 words). */
export const MAX_PENALTY_THRESHOLD = 1_000;

export function isMqmCategory(value: unknown): value is MqmCategory {
  return typeof value === "string" && (MQM_CATEGORIES as readonly string[]).includes(value);
}

export function isMqmSeverity(value: unknown): value is MqmSeverity {
  return typeof value === "string" && (MQM_SEVERITIES as readonly string[]).includes(value);
}

export type MqmError = { severity: MqmSeverity };

/** MQM's Absolute Penalty Total: the sum of each error's severity weight. */
export function absolutePenaltyTotal(errors: readonly MqmError[]): number {
  return errors.reduce((sum, error) => sum + MQM_SEVERITY_WEIGHTS[error.severity], 0);
}

/**
 * The words MQM's Evaluation Word Count counts: Unicode word segments (Intl.Segmenter, by the
 * source's language) that are words, so numbers count and punctuation does not.
 */
export function countWords(text: string, lang: string): number {
  let count = 0;
  for (const part of new Intl.Segmenter(lang, { granularity: "word" }).segment(text)) if (part.isWordLike) count += 1;
  return count;
}

export type QualityScore = {
  /** Evaluation Word Count: words of the source evaluated. */
  words: number;
  /** Errors recorded (neutral ones included). */
  errorCount: number;
  /** Absolute Penalty Total. */
  penaltyPoints: number;
  /** Normed Penalty Total: penaltyPoints × 1,000 / words, one decimal. 0 when there are no words. */
  penaltyPer1000Words: number;
  /** MQM's raw Overall Quality Score: 100 × (1 − penaltyPoints / words), one decimal; may go below 0. */
  score: number;
};

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * The quality score of a translation after MQM's raw scoring model: the Per-Word Penalty Total
 * (PWPT = APT / EWC) normed to 1,000 words (NPT = PWPT × 1,000) and the Overall Quality Score
 * (OQS = 100 × (1 − PWPT)). A text without words and without errors scores 100; errors against
 * no words (a translator whose every paragraph a reviewer rewrote) are normed as if by one word,
 * so they can never look like a perfect score.
 */
export function scoreQuality(penaltyPoints: number, words: number, errorCount: number): QualityScore {
  if (words <= 0 && penaltyPoints <= 0) return { words: 0, errorCount, penaltyPoints, penaltyPer1000Words: 0, score: 100 };
  const perWord = penaltyPoints / Math.max(words, 1);
  words = Math.max(words, 0);
  return { words, errorCount, penaltyPoints, penaltyPer1000Words: oneDecimal(perWord * MQM_REFERENCE_WORDS), score: oneDecimal(100 * (1 - perWord)) };
}

/** Passes when the penalty per 1,000 words is at most the threshold. */
export function isQualityPassing(quality: Pick<QualityScore, "penaltyPer1000Words">, maxPenaltyPer1000Words: number): boolean {
  return quality.penaltyPer1000Words <= maxPenaltyPer1000Words;
}

/** Where an error was recorded: a rejection, a reviewer's edit, a fixed or a dismissed finding. */
export const REVIEW_ERROR_ORIGINS = ["REJECTION", "REVIEW_EDIT", "FINDING_FIX", "FINDING_DISMISSAL"] as const;
export type ReviewErrorOrigin = (typeof REVIEW_ERROR_ORIGINS)[number];

export type EvaluatedParagraph = { sourceText: string; state: string; translatorId: string | null };
/** Errors recorded: one error, or `count` errors of one translator summed by the database. */
export type RecordedError = { penalty: number; translatorId: string | null; count?: number };
export type TranslatorQuality = QualityScore & { translatorId: string };

/**
 * A translation's score: the Evaluation Word Count is the French words of its paragraphs in the
 * article (excluded page furniture left out), the penalty every error recorded on them. Each
 * translator's share counts the paragraphs they last edited and the errors attributed to them.
 */
export function scoreTranslation(
  paragraphs: readonly EvaluatedParagraph[],
  errors: readonly RecordedError[],
  sourceLang: string,
): { overall: QualityScore; translators: TranslatorQuality[] } {
  const words = new Map<string, number>();
  const penalties = new Map<string, { points: number; count: number }>();
  let totalWords = 0;
  for (const paragraph of paragraphs) {
    if (paragraph.state === "EXCLUDED") continue;
    const count = countWords(paragraph.sourceText, sourceLang);
    totalWords += count;
    if (paragraph.translatorId) words.set(paragraph.translatorId, (words.get(paragraph.translatorId) ?? 0) + count);
  }
  for (const error of errors) {
    if (!error.translatorId) continue;
    const entry = penalties.get(error.translatorId) ?? { points: 0, count: 0 };
    penalties.set(error.translatorId, { points: entry.points + error.penalty, count: entry.count + (error.count ?? 1) });
  }
  const points = errors.reduce((sum, error) => sum + error.penalty, 0);
  const errorCount = errors.reduce((sum, error) => sum + (error.count ?? 1), 0);
  const ids = [...new Set([...words.keys(), ...penalties.keys()])].sort();
  return {
    overall: scoreQuality(points, totalWords, errorCount),
    translators: ids.map((translatorId) => {
      const penalty = penalties.get(translatorId) ?? { points: 0, count: 0 };
      return { translatorId, ...scoreQuality(penalty.points, words.get(translatorId) ?? 0, penalty.count) };
    }),
  };
}
