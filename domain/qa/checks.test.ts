import { describe, expect, it } from "vitest";
import { boilerplate, emptyTarget, untranslated } from "./checks/content";
import { bracketMismatch, doubleSpace, lengthRatio, leadingTrailingSpace, punctuationEnd } from "./checks/formatting";
import { glossary } from "./checks/glossary";
import { numberMismatch, readNumbers } from "./checks/numbers";
import { localeTypography, sourceTypography } from "./checks/typography";
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

/** The same table for a translation into another language: the check reads it with that language's conventions. */
const runIn = (targetLang: string, check: SegmentCheck, source: string, target: string) => check.check(seg(source, target), { ...context, targetLang });
function tableIn(targetLang: string, check: SegmentCheck, rows: Row[]) {
  describe(`${check.id} into ${targetLang}`, () => {
    it.each(rows)("%j -> %j: finding %s", (source, target, isFinding) => {
      expect(runIn(targetLang, check, source, target).length > 0).toBe(isFinding);
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

tableIn("es", untranslated, [
  ["Les liens entre la Russie et la Chine inquiètent.", "Les liens entre la Russie et la Chine inquiètent.", true],
  // Spanish shares "la" and "que" with French: no reason to call it French.
  ["L'Inde est importante pour la Russie, c'est sûr.", "La India es importante para Rusia, que lo sabe.", false],
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

describe("glossary precision", () => {
  const entries = (...pairs: [string, string][]) => pairs.map(([sourceTerm, targetTerm]) => ({ sourceTerm, targetTerm, forbidden: [sourceTerm], isCaseSensitive: false }));
  const withTerms: CheckContext = { ...context, glossary: entries(["Suisse", "Switzerland"], ["Corse", "Corsica"], ["Pékin", "Beijing"], ["Inde", "India"], ["drone", "UAV"], ["Kiev", "Kyiv"]) };
  it.each<Row>([
    // Bad: the term itself, elided, in lower case or plural where it inflects.
    ["La Suisse a voté.", "The country voted.", true],
    ["Il vit en Corse.", "He lives on the island.", true],
    ["L'envoyé de Pékin est arrivé.", "The envoy from China arrived.", true],
    ["Les relations avec l’Inde.", "Relations with the country.", true],
    ["Le voyage d'Inde.", "The trip from there.", true],
    ["Deux drones abattus.", "Two aircraft shot down.", true],
    ["Un drone abattu.", "An aircraft shot down.", true],
    ["Les habitants de Kiev.", "The residents of Kiev.", true],
    ["Un diplomate basé à Kiev.", "A Kiev-based diplomat.", true],
    ["Le président à Pékin.", "The president in Pékin.", true],
    // Good: the term inside a derived word or a longer compound, or translated.
    ["Les Suisses ont voté.", "The Swiss voted.", false],
    ["Les Corses ont manifesté.", "Corsicans demonstrated.", false],
    ["Un média pro-Pékin.", "A pro-China outlet.", false],
    ["Un quotidien pro-Inde.", "A pro-Delhi daily.", false],
    ["Les Indes occidentales.", "The West Indies.", false],
    ["L'océan Indien.", "The Indian Ocean.", false],
    ["La Suisse a voté.", "Switzerland voted.", false],
    ["Les relations avec l’Inde.", "Relations with India.", false],
    ["Deux drones abattus.", "Two UAVs shot down.", false],
    ["Un diplomate basé à Kiev.", "A Kyiv-based diplomat.", false],
    ["La sécurité indienne.", "Indian security.", false],
  ])("%j -> %j: finding %s", (source, target, isFinding) => {
    expect(glossary.check(seg(source, target), withTerms).length > 0).toBe(isFinding);
  });
});

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
    ["1,5; 12 %; 54.000 millones; 54 mil millones; 6 de diciembre; 12.000; 12 000", "es", [1.5, 12, 54e9, 54e9, 6, 12000, 12000]],
    ["1,5; 12%; 54 bilhões; 1,5 milhão; 12.000", "pt-BR", [1.5, 12, 54e9, 1.5e6, 12000]],
    ["1,5; 12 %; 54 Milliarden; 3 Mrd. Euro; 1,2 Mio.; 12.000; 10.30 Uhr", "de", [1.5, 12, 54e9, 3e9, 1.2e6, 12000, 10, 30]],
    ["1,5; 12%; 54 miliardi; 12.000", "it", [1.5, 12, 54e9, 12000]],
    // A decimal point in Spanish is not read as one: "1.5" is two numbers, "1.500" one thousand five hundred.
    ["1.5 y 1.500", "es", [1, 5, 1500]],
    // A comma group in Spanish is no group: "12,000" is twelve.
    ["12,000", "es", [12]],
    // A word that only begins like a multiplier multiplies nothing.
    ["2 millonarios", "es", [2]],
  ])("%j (%s)", (text, language, expected) => expect(readNumbers(text, language)).toEqual(expected));
});

tableIn("es", numberMismatch, [
  ["Un taux de 1,5 % en 2019.", "Una tasa del 1,5 % en 2019.", false],
  ["12 000 soldats", "12.000 soldados", false],
  ["12 000 soldats", "12 000 soldados", false],
  ["54 milliards d'euros", "54.000 millones de euros", false],
  ["54 milliards d'euros", "54 mil millones de euros", false],
  ["1,1 milliard", "1.100 millones", false],
  ["2 billions", "2 billones", false],
  ["Un taux de 1,5 %.", "Una tasa del 15 %.", true],
  ["54 milliards", "54 millones", true],
  ["1 500 soldats", "1,500 soldados", true],
  // "1.5" is no Spanish number: it reads as 1 and 5 (locale-typography offers 1,5).
  ["Un taux de 1,5 %.", "Una tasa del 1.5 %.", true],
]);

tableIn("pt-BR", numberMismatch, [
  ["1,5 % et 12 000 soldats", "1,5% e 12.000 soldados", false],
  ["54 milliards d'euros", "54 bilhões de euros", false],
  ["54 milliards d'euros", "54 milhões de euros", true],
]);

tableIn("de", numberMismatch, [
  ["1,5 % et 12 000 soldats", "1,5 % und 12.000 Soldaten", false],
  ["54 milliards d'euros", "54 Milliarden Euro", false],
  ["54 milliards d'euros", "54 Mrd. Euro", false],
  ["à 10 h 30", "um 10.30 Uhr", false],
  ["2 billions", "2 Billionen", false],
  ["54 milliards d'euros", "54 Billionen Euro", true],
]);

// Swahili writes its multiplier words before the number ("bilioni 54"): the check cannot read
// them, so it compares the bare numbers rather than reporting a difference that is not there.
tableIn("sw", numberMismatch, [
  ["54 milliards d'euros", "euro bilioni 54", false],
  ["54 milliards d'euros", "euro bilioni 45", true],
]);

table(sourceTypography, [
  ["« Bonjour »", "« Hello »", true],
  ["Texte par : RFI", "Text by : RFI", true],
  ["Quoi ?", "What ?", true],
  ["1,5 %", "1,5%", true],
  ["1,5 %", "1.5%", false],
  ["12 000", "12,000", false],
  ["« Bonjour »", "“Hello”", false],
]);

tableIn("es", sourceTypography, [
  ["1,5 %", "1,5 %", false],
  ["« Bonjour »", "“Hola”", false],
  // CLDR gives Spanish “ ” ‘ ’ since release 45; the Real Academia puts « » first: both are right.
  ["« Bonjour »", "«Hola»", false],
  ["« Bonjour »", "Dijo «Hola, “amigo”»", false],
  ["Quoi ?", "¿Qué ?", true],
  ["Quoi ?", "¿Qué?", false],
]);

tableIn("it", sourceTypography, [
  ["« Bonjour »", "«Ciao»", false],
  ["1,5 %", "1,5%", false],
  ["Quoi ?", "Cosa ?", true],
]);

tableIn("de", sourceTypography, [
  ["« Bonjour »", "„Hallo“", false],
  ["« Bonjour »", "« Hallo »", true],
  ["1,5 %", "1,5 %", false],
]);

tableIn("es-MX", sourceTypography, [
  // Mexican Spanish writes a decimal point, by CLDR.
  ["1,5 %", "1,5 %", true],
  ["1,5 %", "1.5 %", false],
]);

tableIn("fr", sourceTypography, [["« Bonjour » : oui !", "« Bonjour » : oui !", false]]);

tableIn("xx", sourceTypography, [
  ["1,5 %", "1,5 %", false],
  ["Quoi ?", "Kwa ?", true],
]);

table(localeTypography, [
  ["« Bonjour »", "“Hello”", false],
  ["« Bonjour »", "„Hello“", true],
  ["x", "It’s ‘fine’.", false],
  ["« Bonjour »", "« Hello »", false],
  ["1,5 %", "1.5%", false],
]);

tableIn("es", localeTypography, [
  ["Un taux de 1,5 %.", "Una tasa del 1,5 %.", false],
  ["Un taux de 1,5 %.", "Una tasa del 1.5 %.", true],
  ["Un taux de 3,25 %.", "Una tasa del 3.25 %.", true],
  // Thousands grouped with a point, the Spanish way.
  ["1 500 soldats", "1.500 soldados", false],
  // The French has no 1,5: not a decimal this check can vouch for.
  ["La version 1 et la 5", "La versión 1.5", false],
  ["le 12 mai 2019", "el 12.05.2019", false],
  ["« Bonjour »", "“Hola”", false],
  ["« Bonjour »", "«Hola»", false],
  ["« Bonjour »", "„Hola“", true],
]);

tableIn("pt-BR", localeTypography, [
  ["Un taux de 1,5 %.", "Uma taxa de 1,5%.", false],
  ["Un taux de 1,5 %.", "Uma taxa de 1.5%.", true],
  ["1 500 soldats", "1.500 soldados", false],
  ["« Bonjour »", "“Olá”", false],
  ["« Bonjour »", "„Olá“", true],
]);

tableIn("de", localeTypography, [
  ["Un taux de 1,5 %.", "Eine Rate von 1,5 %.", false],
  ["Un taux de 1,5 %.", "Eine Rate von 1.5 %.", true],
  ["à 10 h 30", "um 10.30 Uhr", false],
  ["1 500 soldats", "1.500 Soldaten", false],
  ["« Bonjour »", "„Hallo“", false],
  ["« Bonjour »", "„Hallo‘, sagt er: ‚ja‘“", false],
  ["« Bonjour »", "“Hallo”", true],
  ["x", "Wie geht’s?", false],
]);

tableIn("xx", localeTypography, [["Un taux de 1,5 %.", "1.5 „x“", false]]);

tableIn("de", bracketMismatch, [
  ["« Bonjour »", "„Hallo“", false],
  ["« Bonjour »", "„Hallo", true],
  ["(à droite)", "(rechts", true],
]);

tableIn("it", bracketMismatch, [
  ["« Bonjour »", "«Ciao»", false],
  ["« Bonjour »", "«Ciao", true],
]);

tableIn("de", punctuationEnd, [
  ["« C'est rare. »", "„Es ist selten.“", false],
  ["« C'est rare. »", "„Es ist selten“", true],
]);

table(boilerplate, [
  ["Publicité", "Advertising", true],
  ["Lire aussi", "Read more", true],
  ["", "google-play-badge_FR", true],
  ["Texte par : RFI Suivre", "Text by: RFI Follow", true],
  ["Par Jean Dupont", "By Jean Dupont Follow", true],
  ["Par Jean Dupont Suivre", "By Jean Dupont", true],
  ["Lire aussi : Vladimir Poutine en Inde", "Read also: Vladimir Putin in India", true],
  ["Lire aussi Vladimir Poutine en Inde", "Read also Vladimir Putin in India", true],
  ["Partager", "Share", true],
  ["Partager sur Facebook", "Share on Facebook", true],
  ["Facebook Twitter LinkedIn", "Facebook Twitter LinkedIn", true],
  ["Partager cet article", "Share this article", true],
  ["La publicité a chuté.", "Advertising revenue fell.", false],
  ["Texte par : RFI", "Text by: RFI", false],
  ["Par Jean Dupont", "By Jean Dupont", false],
  ["Il faut lire aussi le rapport.", "Read more carefully, the report says otherwise.", false],
  ["Les actions ont chuté.", "Share prices fell on Monday.", false],
  ["Facebook et Twitter ont été condamnés.", "Facebook and Twitter were fined.", false],
  ["Par ailleurs, il faut suivre.", "By then, the others had to follow.", false],
  ["Ils veulent partager le pouvoir.", "They want to share power.", false],
  ["Suivez le guide.", "Follow the guide.", false],
  ["Voir aussi la carte ci-dessous.", "see also the map below.", false],
]);

describe("boilerplate fixes", () => {
  it("removes a button's word stuck to the English byline", () => {
    expect(run(boilerplate, "Texte par : RFI Suivre", "Text by: RFI Follow")).toEqual([{ params: { button: "Follow" }, fix: "Text by: RFI" }]);
  });
  it("gives no fix when only the French has it", () => {
    expect(run(boilerplate, "Par Jean Dupont Suivre", "By Jean Dupont")).toEqual([{ params: { button: "Suivre" } }]);
  });
});

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

describe("locale fixes", () => {
  it("writes the language's decimal separator in every decimal the French confirms, and says which", () => {
    expect(runIn("es", localeTypography, "De 1,5 % à 2,25 % en 2019.", "Del 1.5 % al 2.25 % en 2019.")).toEqual([
      { params: { kind: "decimal-point", found: "1.5", expected: "1,5" }, fix: "Del 1,5 % al 2,25 % en 2019." },
    ]);
  });
  it("names the language's quotation marks and offers no fix for others", () => {
    expect(runIn("de", localeTypography, "x", "Er sagte “Hallo”.")).toEqual([{ params: { kind: "quotes", found: "”", expected: "„…“" } }]);
  });
  it("replaces French guillemets with the language's marks", () => {
    expect(runIn("de", sourceTypography, "x", "Er sagte « Hallo » !")[0].fix).toBe("Er sagte „Hallo“!");
    expect(runIn("pt-BR", sourceTypography, "x", "Ele disse « olá ».")[0].fix).toBe("Ele disse “olá”.");
  });
  it("offers no fix when the guillemets are not in French order", () => {
    expect(runIn("de", sourceTypography, "x", "Er sagte »Hallo«.")).toEqual([{ params: { kind: "quotes-or-spacing" } }]);
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
  type Pair = [string, string, boolean];
  it.each<Pair>([
    // Bad: two spellings of one code, endings aside.
    ["Kyiv wants F-16s.", "The F16 is ageing.", true],
    ["The F-16's range is short.", "Two F 16 jets landed.", true],
    ["At COP-26 in Glasgow.", "COP26 ended.", true],
    ["At COP 26 in Glasgow.", "COP-26's promises.", true],
    ["The S-400-class systems.", "An S400 battery.", true],
    ["Two B-52s flew over.", "The B52 bomber.", true],
    ["The G20's leaders met.", "A G 20 summit.", true],
    ["Su-35s were seen.", "The Su35 fighter.", true],
    ["The A-380 landed.", "Airbus's A380s.", true],
    ["MH-17 was shot down.", "The MH17 inquiry.", true],
    // Good: one spelling, with or without endings.
    ["Kyiv wants F-16s.", "The F-16 is ageing.", false],
    ["The F-16's range is short.", "Two F-16 jets landed.", false],
    ["At COP26 in Glasgow.", "COP26's promises.", false],
    ["The S-400-class systems.", "An S-400 battery.", false],
    ["Two B-52s flew over.", "The B-52 bomber.", false],
    ["The G20's leaders met.", "A G20 summit.", false],
    ["In the 1990s.", "In 1990.", false],
    ["The F-16s flew.", "The F-35s flew.", false],
    ["On 16 March.", "On March 16.", false],
    ["The A380s landed.", "The A380 is big.", false],
  ])("%j and %j: finding %s", (first, second, isFinding) => {
    expect(checkConsistency([seg("a", first), seg("b", second)]).flat().length > 0).toBe(isFinding);
  });
});

describe("checkSegment", () => {
  it("checks nothing in excluded page furniture", () => {
    expect(checkSegment({ kind: "BOILERPLATE", state: "EXCLUDED", sourceText: "Publicité", targetText: "" }, context)).toEqual([]);
  });
});
