import { describe, expect, it } from "vitest";
import { boilerplate, emptyTarget, sourceTypography, untranslated } from "./checks/content";
import { bracketMismatch, doubleSpace, lengthRatio, leadingTrailingSpace, punctuationEnd } from "./checks/formatting";
import { glossary } from "./checks/glossary";
import { numberMismatch, readNumbers } from "./checks/numbers";
import { inconsistentSpelling } from "./checks/consistency";
import { checkSegment } from "./engine";
import { STARTER_GLOSSARY } from "./starter-glossary";
import type { CheckContext, CheckedSegment, SegmentCheck } from "./types";

const context: CheckContext = { glossary: STARTER_GLOSSARY, sourceLang: "fr", targetLang: "en" };
const seg = (sourceText: string, targetText: string, kind: CheckedSegment["kind"] = "BODY"): CheckedSegment => ({ kind, state: "TRANSLATED", sourceText, targetText });
const run = (check: SegmentCheck, source: string, target: string, kind?: CheckedSegment["kind"]) => check.check(seg(source, target, kind), context);
const checkConsistency = (segments: CheckedSegment[]) => inconsistentSpelling.check(segments, context);

type Row = [string, string, boolean];

function table(check: SegmentCheck, rows: Row[]) {
  describe(check.id, () => {
    it.each(rows)("%j -> %j: finding %s", (source, target, isFinding) => {
      expect(run(check, source, target).length > 0).toBe(isFinding);
    });
  });
}

table(emptyTarget, [
  ["Un déplacement rare.", "", true],
  ["Un déplacement rare.", "   ", true],
  ["Un déplacement rare.", "A rare trip.", false],
]);

table(untranslated, [
  ["Un déplacement rare, et pas seulement.", "Un déplacement rare, et pas seulement.", true],
  ["Les liens entre la Russie et la Chine inquiètent.", "Les liens entre la Russie et la Chine inquiètent.", true],
  ["L'Inde est importante pour la Russie.", "L'Inde est importante pour la Russie, c'est sûr.", true],
  ["Narendra Damodardas Modi", "Narendra Damodardas Modi", false],
  ["Anissa el-Jabri", "Anissa el-Jabri", false],
  ["France", "France", false],
  ["2 min", "2 min", false],
  ["Un déplacement rare.", "A rare trip.", false],
  ["Les Européens", "The Europeans came to compete with it.", false],
]);

table(glossary, [
  ["Vladimir Poutine", "Vladimir Poutine", true],
  ["Vladimir Poutine", "Vladimir Putin", false],
  ["Il est à Pékin.", "He is in Beijing.", false],
  ["Il est à Pékin.", "He is in Pekin.", true],
  ["Il est à Pékin.", "He is in the capital.", true],
  ["Les Jeux olympiques", "The Olympics", false],
  ["Rien ici.", "Nothing here about Moscow.", false],
  ["MOSCOU et Londres", "moscow and london", false],
]);

describe("glossary fixes", () => {
  it("replaces the forbidden variant with the required term, keeping the rest", () => {
    expect(run(glossary, "Vladimir Poutine", "Vladimir Poutine")).toEqual([{ params: { found: "Poutine", expected: "Putin" }, fix: "Vladimir Putin" }]);
  });
  it("fixes the French spelling left in English", () => {
    expect(run(glossary, "Le président à Moscou.", "The president in Moscou.")[0]).toMatchObject({ fix: "The president in Moscow." });
  });
  it("gives no fix when the translation is simply missing", () => {
    expect(run(glossary, "Il est à Pékin.", "He is in the capital.")[0]).toEqual({ params: { term: "Pékin", expected: "Beijing" } });
  });
});

table(numberMismatch, [
  ["Sous la barre des 50 %.", "Below 50%.", false],
  ["Un taux de 1,5 % en 2019.", "A rate of 1.5% in 2019.", false],
  ["12 000 soldats", "12,000 soldiers", false],
  ["54 milliards d'euros", "54 billion euros", false],
  ["ce lundi 6 décembre", "this Monday, December 6", false],
  ["Un taux de 1,5 %.", "A rate of 15%.", true],
  ["En 2019.", "In 2018.", true],
  ["54 milliards", "54 million", true],
  ["Le S 400.", "The S-400 and 2 more.", true],
]);

describe("readNumbers", () => {
  it.each([
    ["1,5 ; 12 % ; 54 milliards ; 6 décembre ; 12 000", "fr", [1.5, 12, 54e9, 6, 12000]],
    ["1.5; 12%; 54 billion; December 6; 12,000", "en", [1.5, 12, 54e9, 6, 12000]],
  ])("%j (%s)", (text, language, expected) => expect(readNumbers(text, language)).toEqual(expected));
});

table(sourceTypography, [
  ["« Bonjour »", "« Hello »", true],
  ["Texte par : RFI", "Text by : RFI", true],
  ["Quoi ?", "What ?", true],
  ["1,5 %", "1,5%", true],
  ["1,5 %", "1.5%", false],
  ["12 000", "12,000", false],
  ["« Bonjour »", "“Hello”", false],
]);

table(boilerplate, [
  ["Publicité", "Advertising", true],
  ["Lire aussi", "Read more", true],
  ["", "google-play-badge_FR", true],
  ["La publicité a chuté.", "Advertising revenue fell.", false],
]);

table(doubleSpace, [
  ["a b", "A  rare trip.", true],
  ["a b", "A rare trip.", false],
]);

table(leadingTrailingSpace, [
  ["a", " A rare trip.", true],
  ["a", "A rare trip. ", true],
  ["a", "A rare trip.", false],
]);

table(punctuationEnd, [
  ["Un déplacement rare.", "A rare trip", true],
  ["Un déplacement rare ?", "A rare trip.", true],
  ["Un déplacement rare.", "A rare trip.", false],
  ["Vladimir Poutine en Inde", "Vladimir Putin in India", false],
  ["« C'est rare. »", "“It is rare.”", false],
]);

table(bracketMismatch, [
  ["(à droite)", "(R", true],
  ["x", "“Hello,” he said.", false],
  ["x", "He said “hello", true],
  ["(à droite) et (à gauche)", "(R) and (L)", false],
]);

table(lengthRatio, [
  ["Un déplacement rare, et pas seulement parce que les relations sont bonnes.", "A rare trip.", true],
  ["Un déplacement rare, et pas seulement parce que les relations sont bonnes.", "A rare trip, and not just because relations are good.", false],
  ["Court.", "Short but much much longer than the French, really.", false],
]);

describe("fixes", () => {
  it("collapse double spaces and trim", () => {
    expect(run(doubleSpace, "x", "A  rare   trip.")[0].fix).toBe("A rare trip.");
    expect(run(leadingTrailingSpace, "x", "  A rare trip. ")[0].fix).toBe("A rare trip.");
    expect(run(sourceTypography, "x", "He said « hello » : yes !")[0].fix).toBe("He said “hello” : yes!".replace(" :", ":"));
  });
});

describe("inconsistent-spelling", () => {
  it("flags every paragraph using one of several spellings of a term", () => {
    const findings = checkConsistency([seg("a", "Delivered in S 400."), seg("b", "Nothing."), seg("c", "The S400 rockets."), seg("d", "At Cop 26 and COP26.")]);
    expect(findings.map((list) => list.map((f) => f.params.form))).toEqual([["S 400"], [], ["S400"], ["Cop 26", "COP26"]]);
  });
  it("says nothing when a term is always written the same way", () => {
    expect(checkConsistency([seg("a", "The G20 summit."), seg("b", "After the G20.")]).flat()).toEqual([]);
  });
});

describe("checkSegment", () => {
  it("checks nothing in excluded page furniture", () => {
    expect(checkSegment({ kind: "BOILERPLATE", state: "EXCLUDED", sourceText: "Publicité", targetText: "" }, context)).toEqual([]);
  });
});
