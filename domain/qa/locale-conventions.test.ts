import { describe, expect, it } from "vitest";
import { getLocaleConventions } from "./locale-conventions";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

describe("getLocaleConventions", () => {
  it.each([
    // tag, decimal, CLDR's group, percent after the number, currency
    ["en", ".", ",", "%", { position: "before", space: "" }],
    ["fr", ",", NNBSP, `${NBSP}%`, { position: "after", space: NBSP }],
    ["es", ",", ".", `${NBSP}%`, { position: "after", space: NBSP }],
    ["de", ",", ".", `${NBSP}%`, { position: "after", space: NBSP }],
    ["pt-BR", ",", ".", "%", { position: "before", space: NBSP }],
    ["it", ",", ".", "%", { position: "after", space: NBSP }],
    ["es-MX", ".", ",", "%", { position: "before", space: NBSP }],
  ])("%s writes 1%s5, groups with %j, percent 50%j, currency %j", (tag, decimal, group, percentAfter, currency) => {
    const conventions = getLocaleConventions(tag);
    expect(conventions).toMatchObject({ isKnown: true, decimal, group, percent: { before: "", after: percentAfter }, currency });
  });

  it("accepts every space as a group where the decimal is a comma, and a point too, but never the decimal itself", () => {
    expect(getLocaleConventions("fr").groups).toEqual(expect.arrayContaining([" ", NBSP, NNBSP, "."]));
    expect(getLocaleConventions("es").groups).toEqual(expect.arrayContaining([".", " ", NBSP, NNBSP]));
    expect(getLocaleConventions("en").groups).toEqual([","]);
    expect(getLocaleConventions("de-CH").groups).toEqual(expect.arrayContaining(["'", "’"]));
    for (const tag of ["en", "fr", "es", "de", "pt-BR"]) expect(getLocaleConventions(tag).groups).not.toContain(getLocaleConventions(tag).decimal);
  });

  it.each([
    ["en", "“”‘’"],
    ["fr", "«»«»"],
    ["it", "«»“”"],
    ["pt-PT", "«»“”"],
    ["pt-BR", "“”‘’"],
    ["de", "„“‚‘"],
    // CLDR 45 and later; CLDR 42 gave Spanish « » “ ”, as the Real Academia recommends.
    ["es", "“”‘’"],
    // The likely script decides: traditional Chinese in Taiwan, not Simplified Chinese's marks.
    ["zh-TW", "「」『』"],
  ])("%s quotes with %s", (tag, marks) => {
    const quotes = getLocaleConventions(tag).quotes;
    expect(quotes && `${quotes.start}${quotes.end}${quotes.alternateStart}${quotes.alternateEnd}`).toBe(marks);
  });

  it.each([
    ["en", { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }],
    ["fr", { mille: 1e3, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e12 }],
    ["es", { mil: 1e3, millón: 1e6, millones: 1e6, "mil millones": 1e9, billón: 1e12 }],
    ["pt-BR", { mil: 1e3, milhões: 1e6, bilhão: 1e9, bilhões: 1e9 }],
    ["pt-PT", { "mil milhões": 1e9, bilião: 1e12 }],
    ["de", { tausend: 1e3, millionen: 1e6, milliarden: 1e9, billion: 1e12, "mrd.": 1e9, "mio.": 1e6 }],
    ["it", { mila: 1e3, milioni: 1e6, miliardi: 1e9 }],
  ])("%s multiplier words come from CLDR's compact forms", (tag, words) => {
    const { multipliers, canReadMultipliers } = getLocaleConventions(tag);
    expect(canReadMultipliers).toBe(true);
    for (const [word, factor] of Object.entries(words)) expect([word, multipliers.get(word)]).toEqual([word, factor]);
  });

  it("leaves out one-letter abbreviations, which read too much as multiples", () => {
    expect([...getLocaleConventions("en").multipliers.keys()].sort()).toEqual(["billion", "million", "thousand", "trillion"]);
    expect(getLocaleConventions("fr").multipliers.has("k")).toBe(false);
  });

  it("cannot read multipliers where CLDR writes the word before the number (Swahili: bilioni 1)", () => {
    expect(getLocaleConventions("sw").canReadMultipliers).toBe(false);
  });

  it.each(["xx", "not a tag", ""])("does not pass the default locale's data off for an unknown language %j", (tag) => {
    expect(getLocaleConventions(tag)).toMatchObject({ isKnown: false, quotes: null, canReadMultipliers: false });
  });

  it("canonicalizes the tag and computes a tag's conventions once", () => {
    expect(getLocaleConventions("PT-br").tag).toBe("pt-BR");
    expect(getLocaleConventions("es")).toBe(getLocaleConventions("es"));
  });
});
