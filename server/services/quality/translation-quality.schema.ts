import { z } from "zod";

/** A translation's MQM score as the checklist and exports show it (domain/quality/mqm.ts). */
export const translationQualitySchema = z.object({
  words: z.number().int().describe("Evaluation word count: French words of the paragraphs in the article."),
  errorCount: z.number().int(),
  penaltyPoints: z.number().int().describe("Absolute penalty total: minor 1, major 5, critical 25, neutral 0."),
  penaltyPer1000Words: z.number().describe("Penalty points × 1,000 / words."),
  score: z.number().describe("MQM raw quality score: 100 × (1 − penalty points / words)."),
  maxPenaltyPer1000Words: z.number().describe("The administrator's threshold."),
  isPassing: z.boolean(),
  /** Whether a failing score blocks publication (the administrator's setting). */
  isBlocking: z.boolean(),
});

export type TranslationQualityDto = z.infer<typeof translationQualitySchema>;
