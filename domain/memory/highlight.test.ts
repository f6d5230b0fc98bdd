import { describe, expect, it } from "vitest";
import { highlightOccurrences } from "./highlight";

const marked = (text: string, query: string) =>
  highlightOccurrences(text, query)
    .map((part) => (part.isMatch ? `[${part.text}]` : part.text))
    .join("");

describe("highlightOccurrences", () => {
  it.each([
    ["selon l'Élysée, le président", "elysee", "selon l'[Élysée], le président"],
    ["Le porte-parole du Kremlin a dit. Le Kremlin dément.", "kremlin", "Le porte-parole du [Kremlin] a dit. Le [Kremlin] dément."],
    ["According to the Élysée", "ÉLYSÉE", "According to the [Élysée]"],
    ["le  porte-parole", "le porte", "[le  porte]-parole"],
    ["Nothing here", "kremlin", "Nothing here"],
    ["Nothing here", "  ", "Nothing here"],
  ])("%s / %s", (text, query, expected) => {
    expect(marked(text, query)).toBe(expected);
  });
});
