import { describe, expect, it } from "vitest";
import { anchorAgreement, extractAnchors, isSameName } from "./anchors";

describe("extractAnchors", () => {
  it.each([
    ["La part de la Russie est passée sous les 50 %.", { numbers: ["50"], names: ["russie"], quotes: [] }],
    ["Russia's share has fallen below 50%.", { numbers: ["50"], names: ["russia's"], quotes: [] }],
    ["L'Inde a acheté pour 1,5 milliard en 2019.", { numbers: ["1.5", "2019"], names: ["inde"], quotes: [] }],
    ["India bought 1.5 billion worth in 2019.", { numbers: ["1.5", "2019"], names: ["india"], quotes: [] }],
    ["Il y a 12 000 soldats.", { numbers: ["12000"], names: [], quotes: [] }],
    ["There are 12,000 soldiers.", { numbers: ["12000"], names: [], quotes: [] }],
    ["Le slogan « Make in India » revient.", { numbers: [], names: ["make", "india"], quotes: ["make", "india"] }],
  ])("%j", (text, expected) => {
    expect(extractAnchors(text)).toEqual(expected);
  });
});

describe("isSameName", () => {
  it.each([
    ["poutine", "putin", true],
    ["moscou", "moscow", true],
    ["inde", "india", true],
    ["russie", "russia", true],
    ["pekin", "beijing", false],
    ["modi", "moscow", false],
  ])("%s ~ %s: %s", (a, b, expected) => expect(isSameName(a, b)).toBe(expected));
});

describe("anchorAgreement", () => {
  it("is null without anchors, high for a translation, low for an unrelated paragraph", () => {
    expect(anchorAgreement(extractAnchors("un texte"), extractAnchors("a text"))).toBeNull();
    const source = extractAnchors("Vladimir Poutine était absent du G20 et de la Cop 26, mais il est à New Delhi ce lundi 6 décembre.");
    expect(anchorAgreement(source, extractAnchors("Vladimir Putin was absent from the G20 and Cop 26, but he is in New Delhi this Monday, December 6."))).toBeGreaterThan(0.7);
    expect(anchorAgreement(source, extractAnchors("Europeans and Americans came to compete with it."))).toBe(0);
  });

  it("counts a quoted word found again on the other side", () => {
    const french = extractAnchors("le programme « swadeshi » est relancé");
    expect(anchorAgreement(french, extractAnchors('the "swadeshi" programme is relaunched'))).toBe(1);
    expect(anchorAgreement(french, extractAnchors("the programme is relaunched"))).toBeNull();
  });
});
