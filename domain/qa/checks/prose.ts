import { findLastThing, mentionsWoman } from "../antecedents";
import { FALSE_FRIENDS } from "../false-friends";
import { baseLanguage } from "../locale-conventions";
import { fold } from "../text-match";
import type { CheckedSegment, DocumentCheck, FindingDraft, SegmentCheck } from "../types";

/** The French as the lexicons read it: lower case, no accents, one kind of apostrophe. */
const foldFrench = (text: string) => fold(text).replace(/[’`]/g, "'");

const ANY_WRONG_WORD = new RegExp(FALSE_FRIENDS.map((pair) => `(?:${pair.en.source})`).join("|"));

/**
 * `false-friend`: an English word that renders a French faux ami of the aligned French with the
 * meaning the French word does not have ("actuellement" as "actually", "librairie" as "library").
 * Both sides must be there: the French word in the French and the wrong word in the English,
 * and not a French word that does mean the English one ("en fait" for "actually"). Only an
 * English translation is read; the reviewed pairs are in `false-friends.ts`. No fix: which right
 * rendering fits is the translator's choice.
 */
export const falseFriend: SegmentCheck = {
  id: "false-friend",
  severity: "warning",
  messageKey: "false-friend",
  scope: "segment",
  check: ({ sourceText, targetText }, { targetLang }) => {
    if (baseLanguage(targetLang) !== "en" || targetText.trim() === "" || sourceText.trim() === "") return [];
    const english = targetText.toLowerCase().replace(/[’`]/g, "'");
    // One pass over the English for all the wrong words first: most paragraphs have none.
    if (!ANY_WRONG_WORD.test(english)) return [];
    let french: string | null = null;
    const findings: FindingDraft[] = [];
    for (const pair of FALSE_FRIENDS) {
      const found = pair.en.exec(english);
      if (!found) continue;
      french ??= foldFrench(sourceText);
      if (!pair.fr.test(french) || pair.unless?.test(french)) continue;
      // Lower-casing keeps the length of all but a few letters (İ): then the lower-case word is shown.
      const word = english.length === targetText.length ? targetText.slice(found.index, found.index + found[0].length) : found[0];
      findings.push({ params: { found: word, source: pair.source, right: pair.right } });
    }
    return findings;
  },
};

/**
 * French words that English prose does not use on their own (lower case: "La Paz", "Le Monde"
 * and "Des Moines" are names). "de", "en", "a" and "son" are left out: English uses them.
 */
const FUNCTION_WORDS = new Set(
  "à le la les des du et est une pour avec dans sur qui que pas mais très où aussi selon depuis au aux sont était étaient été ont nous vous ils elle elles cette ces leur leurs ne notre nos votre vos lui y d' l' qu' c' n' s' j'".split(" "),
);

/**
 * French words, phrases and names English writes as they are ("fait accompli", "raison d'être",
 * "Quai d'Orsay"): folded, as whole runs of words. A fragment inside one of them is no fragment.
 */
const LOANWORDS = [
  "détente", "savoir-faire", "fait accompli", "raison d'être", "coup d'état", "coup de grâce", "tour de force", "je ne sais quoi",
  "laissez-faire", "laisser-faire", "déjà vu", "vis-à-vis", "faux pas", "au pair", "et al", "à la carte", "à la mode", "c'est la vie", "femme fatale", "bête noire",
  "cause célèbre", "crème de la crème", "pièce de résistance", "joie de vivre", "mise en scène", "nom de guerre", "esprit de corps",
  "par excellence", "tête-à-tête", "carte blanche", "bon voyage", "en route", "en masse", "de rigueur", "laissez-passer", "noblesse oblige",
  "plus ça change", "qui vive", "sur le vif", "mot juste", "idée fixe", "enfant terrible", "tour de france", "belle époque", "ancien régime",
  "légion d'honneur", "hôtel de ville", "quai d'orsay", "la france insoumise", "les républicains", "la république en marche", "gilets jaunes",
  "le monde", "le figaro", "le parisien", "les échos", "la croix", "la dépêche", "le point", "l'express", "l'obs", "la tribune", "le canard enchaîné",
  "liberté, égalité, fraternité", "place de la concorde", "champs-élysées", "arc de triomphe", "cour des comptes", "conseil d'état", "île-de-france",
  "côte d'azur", "côte d'ivoire", "val-de-marne", "seine-saint-denis", "mont-saint-michel", "comédie-française", "l'oréal", "la défense",
].map((phrase) => fold(phrase).replace(/’/g, "'"));

/** Words with their positions: elided articles and pronouns ("l'", "qu'") are words of their own. */
const WORD = /(?:qu|[cdjlmnst])['’](?=\p{L})|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** A quick first test: most English paragraphs have none of these. */
const ANY_FUNCTION_WORD = /(?<![\p{L}'’])(?:à|le|la|les|des|du|et|est|une|pour|avec|dans|sur|qui|que|pas|mais|très|où|aussi|selon|depuis|au|aux|sont|était|été|ont|nous|vous|ils|elle|elles|cette|ces|leur|leurs|ne|lui|[dlcns]['’]|qu['’])(?![\p{L}])/u;

/** A fragment is at least this many words copied from the French. */
const MIN_FRAGMENT_WORDS = 3;

type Word = { text: string; folded: string; index: number };

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({ text: match[0], folded: fold(match[0]).replace(/’/g, "'"), index: match.index }));
}

/** The English with the loanwords and names English writes in French blanked out, positions kept. */
function blankLoanwords(text: string): string {
  const folded = fold(text).replace(/’/g, "'");
  if (folded.length !== text.length) return text;
  let blanked = text;
  for (const phrase of LOANWORDS) {
    let at = folded.indexOf(phrase);
    while (at !== -1) {
      const isWhole = !/[\p{L}\p{N}]/u.test(folded[at - 1] ?? "") && !/[\p{L}\p{N}]/u.test(folded[at + phrase.length] ?? "");
      if (isWhole) blanked = `${blanked.slice(0, at)}${" ".repeat(phrase.length)}${blanked.slice(at + phrase.length)}`;
      at = folded.indexOf(phrase, at + phrase.length);
    }
  }
  return blanked;
}

/**
 * The first run of words of the English copied from the French that reads as French: at least
 * three words, all found in the French, within one sentence, with a French function word written
 * in lower case, and not only names (every other word capitalised: "Place de la Concorde").
 */
export function findFrenchFragment(sourceText: string, targetText: string): string | null {
  const sourceWords = new Set(wordsOf(sourceText).map((word) => word.folded));
  const words = wordsOf(blankLoanwords(targetText));
  let run: Word[] = [];
  const isSentenceStart = (index: number) => /(?:^\s*|[.!?]["”»’)]*\s+)$/u.test(targetText.slice(0, index));
  const judge = (): string | null => {
    if (run.length < MIN_FRAGMENT_WORDS) return null;
    // A function word counts in lower case, or capitalised at a sentence's start ("Nous sommes prêts…").
    const isFunctionWord = (word: Word) => FUNCTION_WORDS.has(word.text) || (FUNCTION_WORDS.has(word.text.toLowerCase()) && isSentenceStart(word.index));
    const functionWords = run.filter(isFunctionWord);
    const others = run.filter((word) => !isFunctionWord(word));
    if (functionWords.length === 0 || others.every((word) => /^\p{Lu}/u.test(word.text))) return null;
    const last = run[run.length - 1];
    return targetText.slice(run[0].index, last.index + last.text.length);
  };
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    const previous = words[i - 1];
    // A sentence's end or a dash breaks a run: two copied phrases in two sentences are not one fragment.
    const isBroken = previous !== undefined && /[.!?;:–—()«»"“”]/.test(targetText.slice(previous.index + previous.text.length, word.index));
    if (isBroken || !sourceWords.has(word.folded)) {
      const fragment = judge();
      if (fragment) return fragment;
      run = [];
    }
    if (sourceWords.has(word.folded)) run.push(word);
  }
  return judge();
}

/** A fragment this share of the paragraph's length or more makes the paragraph French, not a fragment in it. */
const WHOLE_SHARE = 0.75;
/** Whether a French fragment is a part of the English paragraph, not (nearly) all of it. */
export function isFragmentOf(fragment: string, targetText: string): boolean {
  return fragment.length < WHOLE_SHARE * targetText.trim().length;
}

/** Fragments are shown up to this length in a finding. */
const MAX_SHOWN = 80;

/**
 * `untranslated-fragment`: a French clause, phrase or sentence left inside an English paragraph
 * (a whole paragraph in French is `untranslated`'s). A fragment is a run of words copied from the
 * aligned French containing French function words; names, titles and loanwords English uses
 * ("fait accompli", "Quai d'Orsay") are not fragments. Only an English translation is read.
 */
export const untranslatedFragment: SegmentCheck = {
  id: "untranslated-fragment",
  severity: "error",
  messageKey: "untranslated-fragment",
  scope: "segment",
  check: ({ sourceText, targetText }, { targetLang }) => {
    if (baseLanguage(targetLang) !== "en" || !ANY_FUNCTION_WORD.test(targetText)) return [];
    const fragment = findFrenchFragment(sourceText, targetText);
    // A paragraph that is French nearly throughout is `untranslated`'s: one finding, not two.
    if (!fragment || !isFragmentOf(fragment, targetText)) return [];
    return [{ params: { fragment: fragment.length > MAX_SHOWN ? `${fragment.slice(0, MAX_SHOWN - 1)}…` : fragment } }];
  },
};

/** English feminine pronouns: what the French "elle", "sa", "son", "ses" leak into when the antecedent is a thing. */
const FEMININE_PRONOUN = /\b(she|her|hers|herself)\b/i;
const FRENCH_FEMININE_EVIDENCE = /\b(elle|elles|sa|son|ses|lui|elle-meme)\b/;

/**
 * `gender-leak`: "she", "her", "hers" or "herself" in English where the antecedent is a country,
 * city, institution or thing that French makes feminine ("la Russie… elle", "la Commission… sa"):
 * English says "it" and "its". Evidence from both sides: the aligned French has "elle", "sa",
 * "son", "ses" or "lui"; the English has such an antecedent before the pronoun in the paragraph or
 * in the one before; and neither paragraph, in either language, names or describes a woman (a
 * woman's title or first name, a feminine French noun for a person). A document-level check: it
 * reads the previous paragraph. No fix: "her" may be "its" or "it".
 */
export const genderLeak: DocumentCheck = {
  id: "gender-leak",
  severity: "warning",
  messageKey: "gender-leak",
  scope: "document",
  check: (segments, { targetLang }) => {
    const findings: FindingDraft[][] = segments.map(() => []);
    if (baseLanguage(targetLang) !== "en") return findings;
    segments.forEach((segment, index) => {
      if (segment.state === "EXCLUDED") return;
      const pronoun = FEMININE_PRONOUN.exec(segment.targetText);
      if (!pronoun) return;
      const french = foldFrench(segment.sourceText);
      if (!FRENCH_FEMININE_EVIDENCE.test(french)) return;
      // The paragraph before, skipping excluded page furniture ("Advertising") between two paragraphs of text.
      let previous: CheckedSegment | null = null;
      for (let at = index - 1; at >= 0 && !previous; at -= 1) if (segments[at].state !== "EXCLUDED") previous = segments[at];
      if (mentionsWoman(segment.targetText, french)) return;
      if (previous && mentionsWoman(previous.targetText, foldFrench(previous.sourceText))) return;
      const antecedent = findLastThing(segment.targetText.slice(0, pronoun.index)) ?? (previous ? findLastThing(previous.targetText) : null);
      if (antecedent) findings[index].push({ params: { pronoun: pronoun[0], antecedent } });
    });
    return findings;
  },
};
