import type { GlossaryEntry } from "./types";

/**
 * The starter terms' notes as the seed stores them (English, like the rest of a new glossary).
 * Shown in the reader's interface language while unchanged: glossary:starterNotes.<key> in
 * locales/<lng>/glossary.json (a unit test keeps the English there equal to this).
 */
export const STARTER_NOTES = {
  putin: "Vladimir Putin, Russian president",
  kyiv: "English-language newsrooms use the Ukrainian transliteration",
  sputnik: "Russian coronavirus vaccine",
} as const;
export type StarterNoteKey = keyof typeof STARTER_NOTES;

/**
 * A starter French-to-English newsroom glossary: names and places French spells differently.
 * The French spelling is forbidden in the English. Reviewers and administrators edit it.
 */
const PAIRS: [source: string, target: string, noteKey?: StarterNoteKey][] = [
  ["Poutine", "Putin", "putin"],
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
  ["Kiev", "Kyiv", "kyiv"],
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
  ["Spoutnik V", "Sputnik V", "sputnik"],
  ["Jeux olympiques", "Olympics"],
  ["Xi Jinping", "Xi Jinping"],
];

export const STARTER_GLOSSARY: readonly (GlossaryEntry & { note: string; noteKey?: StarterNoteKey })[] = PAIRS.map(([sourceTerm, targetTerm, noteKey]) => ({
  sourceTerm,
  targetTerm,
  // The French spelling is the usual slip.
  forbidden: sourceTerm === targetTerm ? [] : [sourceTerm],
  isCaseSensitive: false,
  note: noteKey ? STARTER_NOTES[noteKey] : "",
  noteKey,
}));

/**
 * The key of a starter note still as the seed wrote it, so the UI can show it in the reader's
 * language; null for any other note (one a person wrote or edited is shown as written).
 */
export function starterNoteKey({ sourceTerm, targetLang, note }: { sourceTerm: string; targetLang: string; note: string }): StarterNoteKey | null {
  if (targetLang !== "en") return null;
  const entry = STARTER_GLOSSARY.find((term) => term.sourceTerm === sourceTerm);
  return entry?.noteKey && entry.note === note ? entry.noteKey : null;
}
