import { describe, expect, it } from "vitest";
import { canonicalLanguageTag, isLanguageAllowed, isSourceLanguage, languageName, parseLanguageList } from "./language-tag";

describe("canonicalLanguageTag", () => {
  it.each([
    ["en", "en"],
    ["ES", "es"],
    ["pt-br", "pt-BR"],
    [" de ", "de"],
    ["zh-hant-tw", "zh-Hant-TW"],
  ])("reads %j as %j", (input, expected) => expect(canonicalLanguageTag(input)).toBe(expected));

  it.each(["", "english", "e", "en_US!", "12", "x".repeat(40)])("refuses %j", (input) => expect(canonicalLanguageTag(input)).toBeNull());
});

describe("language limits", () => {
  it("reads the stored list, dropping what is not a tag", () => {
    expect(parseLanguageList("es pt-br, nope!")).toEqual(["es", "pt-BR"]);
    expect(parseLanguageList("")).toEqual([]);
  });

  it("lets an unlimited account work on anything, a limited one only on its languages", () => {
    expect(isLanguageAllowed([], "en")).toBe(true);
    expect(isLanguageAllowed(undefined, "de")).toBe(true);
    expect(isLanguageAllowed(["es"], "es")).toBe(true);
    expect(isLanguageAllowed(["es"], "en")).toBe(false);
  });

  it("names languages in the interface language", () => {
    expect(languageName("es", "en")).toBe("Spanish");
    expect(languageName("es", "fr")).toBe("espagnol");
  });
});

describe("isSourceLanguage", () => {
  it.each([
    ["fr", "fr", true],
    ["fr-CA", "fr", true],
    ["FR-be", "fr", true],
    ["en", "fr", false],
    ["fy", "fr", false],
    ["frr", "fr", false],
  ])("%j against a %j article: %j", (lang, sourceLang, expected) => expect(isSourceLanguage(lang, sourceLang)).toBe(expected));
});
