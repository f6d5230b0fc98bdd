import { describe, expect, it } from "vitest";
import {
  MQM_CATEGORIES,
  MQM_SEVERITIES,
  absolutePenaltyTotal,
  countWords,
  dimensionOf,
  isMqmCategory,
  isQualityPassing,
  scoreQuality,
  scoreTranslation,
} from "./mqm";

describe("MQM typology", () => {
  it("lists the issue's categories, Accuracy first, each under its dimension", () => {
    expect(MQM_CATEGORIES.slice(0, 4).map(dimensionOf)).toEqual(["accuracy", "accuracy", "accuracy", "accuracy"]);
    expect(MQM_CATEGORIES.filter((c) => dimensionOf(c) === "fluency")).toEqual(["fluency/grammar", "fluency/spelling", "fluency/punctuation"]);
    expect(isMqmCategory("terminology")).toBe(true);
    expect(isMqmCategory("accuracy")).toBe(false);
    expect(isMqmCategory("Terminology")).toBe(false);
  });

  it("orders severities from neutral to critical", () => {
    expect(MQM_SEVERITIES).toEqual(["neutral", "minor", "major", "critical"]);
  });
});

describe("absolutePenaltyTotal", () => {
  it.each([
    [[], 0],
    [["neutral", "neutral"], 0],
    [["minor"], 1],
    [["major"], 5],
    [["critical"], 25],
    [["minor", "minor", "major"], 7],
    [["critical", "major", "minor", "neutral"], 31],
  ] as const)("%j costs %i points", (severities, points) => {
    expect(absolutePenaltyTotal(severities.map((severity) => ({ severity })))).toBe(points);
  });
});

describe("scoreQuality", () => {
  it.each([
    // points, words, penalty per 1,000 words, score
    [0, 500, 0, 100],
    [7, 350, 20, 98],
    [25, 100, 250, 75],
    [1, 3, 333.3, 66.7],
    [30, 20, 1500, -50],
    // errors against no words (every paragraph rewritten by a reviewer) never look perfect
    [5, 0, 5000, -400],
    [0, 0, 0, 100],
  ])("%i points over %i words: %f per 1,000 words, score %f", (points, words, per1000, score) => {
    const quality = scoreQuality(points, words, 1);
    expect(quality.penaltyPer1000Words).toBe(per1000);
    expect(quality.score).toBe(score);
  });

  it("passes at the threshold and fails just above it", () => {
    expect(isQualityPassing(scoreQuality(10, 1000, 2), 10)).toBe(true);
    expect(isQualityPassing(scoreQuality(11, 1000, 3), 10)).toBe(false);
  });
});

describe("countWords", () => {
  it.each([
    ["Le 4 décembre, Poutine arrive.", "fr", 5],
    ["", "fr", 0],
    ["« — ! »", "fr", 0],
    ["Putin lands in New Delhi on Thursday.", "en", 7],
  ])("%j has %i words", (text, lang, words) => {
    expect(countWords(text, lang)).toBe(words);
  });
});

describe("scoreTranslation", () => {
  it("counts the article's French words, leaves excluded paragraphs out and splits by translator", () => {
    const paragraphs = [
      { sourceText: "Un deux trois quatre cinq", state: "APPROVED", translatorId: "ana" },
      { sourceText: "six sept huit neuf dix", state: "APPROVED", translatorId: "ben" },
      { sourceText: "Publicité publicité publicité", state: "EXCLUDED", translatorId: "ben" },
    ];
    const errors = [
      { penalty: 5, translatorId: "ana" },
      { penalty: 1, translatorId: "ana" },
      { penalty: 0, translatorId: "ben" },
    ];
    // The same errors summed per translator by the database give the same scores.
    const summed = [
      { penalty: 6, translatorId: "ana", count: 2 },
      { penalty: 0, translatorId: "ben", count: 1 },
    ];
    expect(scoreTranslation(paragraphs, summed, "fr")).toEqual(scoreTranslation(paragraphs, errors, "fr"));
    const { overall, translators } = scoreTranslation(paragraphs, errors, "fr");
    expect(overall).toEqual({ words: 10, errorCount: 3, penaltyPoints: 6, penaltyPer1000Words: 600, score: 40 });
    expect(translators).toEqual([
      { translatorId: "ana", words: 5, errorCount: 2, penaltyPoints: 6, penaltyPer1000Words: 1200, score: -20 },
      { translatorId: "ben", words: 5, errorCount: 1, penaltyPoints: 0, penaltyPer1000Words: 0, score: 100 },
    ]);
  });
});
