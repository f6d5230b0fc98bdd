import { describe, expect, it } from "vitest";
import { isWhitespaceOnlyChange, normaliseSourceText } from "./normalise-text";

describe("normaliseSourceText", () => {
  it.each([
    ["Sur ce marché,  la part", "Sur ce marché, la part"],
    ["la barre des 50\u00A0%.", "la barre des 50 %."],
    ["Il a dit\u202F: « non »", "Il a dit : « non »"],
    ["une ligne\net une autre\r\n", "une ligne et une autre"],
    ["\t  Publicité \u2009", "Publicité"],
    ["\uFEFFLire aussi", "Lire aussi"],
    ["Gene\u0300ve", "Genève"],
  ])("%j -> %j", (text, expected) => {
    expect(normaliseSourceText(text)).toBe(expected);
  });
});

describe("isWhitespaceOnlyChange", () => {
  it.each([
    ["doubled space", "la part de la Russie", "la  part de la Russie", true],
    ["no-break space before %", "50 %", "50\u00A0%", true],
    ["line break inside", "amies proches depuis", "amies proches\ndepuis", true],
    ["spaces around", "Publicité", " Publicité\n", true],
    ["è composed and decomposed", "Genève", "Gene\u0300ve", true],
    // Look-alikes that are changes: a space that joins or splits words, other characters.
    ["identical texts are no change at all", "Publicité", "Publicité", false],
    ["a space removed inside a figure", "50 %", "50%", false],
    ["a space removed between a letter and a figure", "S 400", "S400", false],
    ["a space added inside a word", "Poutine", "Pou tine", false],
    ["another apostrophe", "l'Inde", "l’Inde", false],
    ["a figure", "50 %", "45 %", false],
  ])("%s", (_name, before, after, expected) => {
    expect(isWhitespaceOnlyChange(before, after)).toBe(expected);
  });
});
