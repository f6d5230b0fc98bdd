/**
 * Small reviewed lexicons for `gender-leak`: what an English "she" or "her" may wrongly refer to
 * (countries, cities, institutions, things French makes feminine) and the words that say a woman
 * is there (a woman's title, a feminine French noun for a person, a woman's first name).
 * Country names come from the runtime's CLDR data (Intl.DisplayNames), so no list of them is kept.
 */

/** Every region name CLDR gives in English ("India", "United States"), built once on first use. */
let countries: Set<string> | null = null;
function getCountries(): Set<string> {
  if (countries) return countries;
  countries = new Set(["Britain", "Great Britain", "America", "Europe", "Africa", "Asia", "Holland", "Burma", "Korea"]);
  const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  for (let a = 65; a <= 90; a += 1) {
    for (let b = 65; b <= 90; b += 1) {
      const name = names.of(String.fromCharCode(a, b));
      if (name && !/[&()]/.test(name)) countries.add(name.replace(/^St\. /, "Saint "));
    }
  }
  return countries;
}

const CITIES = new Set(
  [
    "Moscow", "Beijing", "Washington", "London", "Paris", "Berlin", "Rome", "Madrid", "Brussels", "Geneva", "Kyiv", "Kiev", "Tokyo", "Delhi",
    "New Delhi", "Mumbai", "Islamabad", "Kabul", "Tehran", "Baghdad", "Damascus", "Beirut", "Jerusalem", "Cairo", "Ankara", "Istanbul",
    "Riyadh", "Dakar", "Abidjan", "Bamako", "Algiers", "Tunis", "Rabat", "Nairobi", "Lagos", "Kinshasa", "Pretoria", "Ottawa", "Brasilia",
    "Buenos Aires", "Mexico City", "Havana", "Caracas", "Bogota", "Lima", "Santiago", "Canberra", "Seoul", "Pyongyang", "Taipei", "Hanoi",
    "Bangkok", "Jakarta", "Manila", "Warsaw", "Vienna", "Prague", "Budapest", "Athens", "Lisbon", "Stockholm", "Oslo", "Copenhagen",
    "Helsinki", "Dublin", "Amsterdam", "The Hague", "Strasbourg", "Marseille", "Lyon", "Minsk", "Tbilisi", "Yerevan", "Baku", "Doha",
    "Dubai", "Abu Dhabi", "Hong Kong", "Shanghai", "New York", "Los Angeles", "Gaza", "Tel Aviv", "Khartoum", "Addis Ababa", "Kigali",
  ],
);

/** Nouns for institutions, organisations and things English calls "it" (French often "elle"). */
const THINGS = new Set(
  (
    "country nation state republic kingdom empire city capital town village region province island economy government administration " +
    "commission union council parliament assembly senate court ministry agency authority institution organisation organization company " +
    "firm group bank party alliance coalition federation league army navy police team club university school church industry airline " +
    "board committee presidency monarchy regime junta opposition constitution law policy reform treaty agreement campaign operation " +
    "EU NATO UN UNESCO WHO IMF OPEC ECB ICC"
  ).split(" "),
);

const THING_NEXT = /\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+([a-z]+)\b/g;
const THING_AFTER_ONE = /\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+[\p{L}-]+\s+([a-z]+)\b/gu;

/** English words that say a woman is there. */
const WOMAN_EN = /\b(wom[ae]n|girls?|mothers?|wi(fe|ves)|daughters?|sisters?|mrs|ms|miss|madam|madame|mme|queen|princess|lady|ladies|actress|chairwoman|spokeswoman|businesswoman|congresswoman|councilwoman|stateswoman|sportswoman|policewoman|grandmother|granddaughter|aunt|niece|widow|bride|nun|duchess|empress|heroine|female|girlfriend|mum|mom|baroness|countess|dame)\b/i;

/**
 * French words that say a woman is there (folded, no accents): a woman's title, a feminine noun
 * for a person ("la correspondante", "la présidente"), an epicene title with a feminine article.
 */
const WOMAN_FR =
  /\b(femmes?|filles?|meres?|epouses?|sœurs?|soeurs?|reines?|princesses?|madame|mme|mlle|presidentes?|chancelieres?|correspondantes?|deputees?|senatrices?|directrices?|avocates?|ambassadrices?|cheffes?|patronnes?|actrices?|chanteuses?|ecrivaines?|autrices?|auteures?|chercheuses?|dirigeantes?|opposantes?|militantes?|laureates?|veuves?|infirmieres?|candidates?|elues?|porte-parole|ministre|juge|maire|premiere ministre|journaliste|secretaire|commissaire|gouverneure)\b/;
/** Epicene titles ("ministre", "juge") say a woman only with a feminine article. */
const EPICENE = /^(porte-parole|ministre|juge|maire|journaliste|secretaire|commissaire)$/;
const FEMININE_ARTICLE = /\b(la|une|cette|madame|mme) (\w+ )?$/;

/** Women's first names common in international news (a name alone is how most articles first name a woman). */
const WOMEN_NAMES = new Set(
  (
    "Angela Ursula Marine Anne Hillary Kamala Theresa Giorgia Christine Ségolène Valérie Élisabeth Elisabeth Elizabeth Nancy Jacinda " +
    "Sanna Mette Indira Golda Benazir Margaret Michelle Melania Brigitte Nicola Liz Jill Kristalina Roberta Annalena " +
    "Maria Marie Sophie Claire Catherine Isabelle Nathalie Sandrine Martine Florence Laurence Agnès Rachida Najat Amélie Emma Julia " +
    "Olena Yulia Svetlana Maria Greta Malala Ilhan Alexandria Nikki Condoleezza Madeleine Samantha Federica Kaja Roberta " +
    "Anissa Fatima Aïcha Amina Leila Layla Sarah Rachel Hannah Anna Elena Olga Natalia Tatiana Irina Ana Sonia Dilma Cristina Michelle " +
    "Ellen Ngozi Yasmina Aminata Rania Tzipi Shirin Narges Mahsa Benedetta Beata Zuzana Kersti Ingrid Erna Magdalena Mary Jane Susan " +
    "Karen Linda Barbara Patricia Jennifer Jessica Laura Lisa Rebecca Emily Charlotte Alice Lucy Victoria Diana Camilla Kate Meghan"
  ).split(" "),
);

/** Whether a paragraph (English and its French) names or describes a woman. */
export function mentionsWoman(english: string, foldedFrench: string): boolean {
  if (WOMAN_EN.test(english)) return true;
  for (const match of foldedFrench.matchAll(new RegExp(WOMAN_FR.source, "g"))) {
    if (!EPICENE.test(match[1]) || FEMININE_ARTICLE.test(foldedFrench.slice(Math.max(0, match.index - 30), match.index))) return true;
  }
  for (const word of `${english} ${foldedFrench}`.matchAll(/\p{Lu}[\p{L}'’-]+/gu)) if (WOMEN_NAMES.has(word[0])) return true;
  return false;
}

/**
 * The last candidate antecedent in a text that is not a woman: a country or city name, or an
 * institution or thing ("the Commission", "the company"). Null when there is none.
 */
export function findLastThing(text: string): string | null {
  let last: { name: string; index: number } | null = null;
  const countryNames = getCountries();
  for (const match of text.matchAll(/\p{Lu}[\p{L}.'’-]*(?:\s(?:of\s(?:the\s)?)?\p{Lu}[\p{L}'’-]*)*/gu)) {
    // "United Kingdom", "Democratic Republic of the Congo": the longest known name in the run of capitalised words.
    const words = match[0].split(/\s+/);
    for (let length = words.length; length >= 1; length -= 1) {
      let found = false;
      for (let start = words.length - length; start >= 0; start -= 1) {
        const name = words.slice(start, start + length).join(" ");
        if (countryNames.has(name) || CITIES.has(name) || THINGS.has(name) || THINGS.has(name.toLowerCase())) {
          const index = match.index + match[0].indexOf(name);
          if (!last || index > last.index) last = { name, index };
          found = true;
          break;
        }
      }
      if (found) break;
    }
  }
  // "the company", "The German economy": a thing named by a common noun, with at most one word before it.
  for (const pattern of [THING_NEXT, THING_AFTER_ONE]) {
    for (const match of text.matchAll(pattern)) {
      if (THINGS.has(match[1]) && (!last || match.index > last.index)) last = { name: match[0], index: match.index };
    }
  }
  return last?.name ?? null;
}
