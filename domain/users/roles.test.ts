import { describe, expect, it } from "vitest";
import { pickUiLanguage } from "./roles";

describe("pickUiLanguage", () => {
  it.each([
    [undefined, "en"],
    ["", "en"],
    ["fr-FR,fr;q=0.9,en;q=0.8", "fr"],
    ["de-DE,de;q=0.9,fr;q=0.8,en;q=0.7", "fr"],
    ["en;q=0.5,fr;q=0.9", "fr"],
    ["fr;q=0,en", "en"],
    ["es,it", "en"],
    ["FR-ca", "fr"],
  ])("Accept-Language %j gives %s", (header, expected) => {
    expect(pickUiLanguage(header)).toBe(expected);
  });
});
