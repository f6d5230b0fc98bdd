import type { GlossaryEntry } from "./types";

/**
 * A starter French-to-English newsroom glossary: names and places French spells differently.
 * The French spelling is forbidden in the English. Reviewers and administrators edit it.
 */
const PAIRS: [source: string, target: string, note?: string][] = [
  ["Poutine", "Putin", "Vladimir Putin, Russian president"],
  ["Pékin", "Beijing"],
  ["Moscou", "Moscow"],
  ["Londres", "London"],
  ["Genève", "Geneva"],
  ["Bruxelles", "Brussels"],
  ["Varsovie", "Warsaw"],
  ["Le Caire", "Cairo"],
  ["Téhéran", "Tehran"],
  ["Riyad", "Riyadh"],
  ["Pyongyang", "Pyongyang"],
  ["Séoul", "Seoul"],
  ["Kiev", "Kyiv", "English-language newsrooms use the Ukrainian transliteration"],
  ["Inde", "India"],
  ["Russie", "Russia"],
  ["Chine", "China"],
  ["Allemagne", "Germany"],
  ["Espagne", "Spain"],
  ["Royaume-Uni", "United Kingdom"],
  ["États-Unis", "United States"],
  ["Union européenne", "European Union"],
  ["Nations unies", "United Nations"],
  ["Otan", "Nato"],
  ["Spoutnik V", "Sputnik V", "Russian coronavirus vaccine"],
  ["Jeux olympiques", "Olympics"],
  ["Xi Jinping", "Xi Jinping"],
];

export const STARTER_GLOSSARY: readonly (GlossaryEntry & { note: string })[] = PAIRS.map(([sourceTerm, targetTerm, note]) => ({
  sourceTerm,
  targetTerm,
  // The French spelling is the usual slip.
  forbidden: sourceTerm === targetTerm ? [] : [sourceTerm],
  isCaseSensitive: false,
  note: note ?? "",
}));
