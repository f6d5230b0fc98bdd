// Two versions of a long French article, the second with a known share of its paragraphs
// changed the way newsrooms change a published article: a figure corrected, a sentence added or
// cut, a paragraph inserted or removed, one moved, one split, two merged. For the source-update
// benchmark and for tests (unit or integration) that need a realistic update with its expected
// answer. Built from the demo article's paragraphs (French and English, aligned one to one) and
// generated sentences, so the old version also comes with its translation.
import { readFileSync } from "node:fs";
import { splitParagraphs } from "../../domain/segmentation/split-paragraphs";
import type { SourceChangeType } from "../../domain/source-update/types";

export type ExpectedChange = { type: Exclude<SourceChangeType, "unchanged">; old: number[]; new: number[] };

export type SourceVersions = {
  old: string[];
  /** The English translation of each old paragraph, for a document to update. */
  oldTranslations: string[];
  new: string[];
  /** What changed, as a comparison should find it: every link that is not unchanged. */
  changes: ExpectedChange[];
};

const seed = (file: string) => splitParagraphs(readFileSync(new URL(`../../prisma/seed/${file}`, import.meta.url), "utf8")).map((p) => p.text);

/** Pairs of French and English words for the generated sentences. */
const CITIES = [["Moscou", "Moscow"], ["New Delhi", "New Delhi"], ["Pékin", "Beijing"], ["Genève", "Geneva"], ["Londres", "London"], ["Islamabad", "Islamabad"], ["Washington", "Washington"], ["Bombay", "Mumbai"], ["Kaboul", "Kabul"]];
const SOURCES = [["le Kremlin", "the Kremlin"], ["l'agence Tass", "the Tass agency"], ["le ministère indien des Affaires étrangères", "the Indian foreign ministry"], ["des diplomates européens", "European diplomats"], ["la presse indienne", "the Indian press"]];
const PEOPLE = ["Vladimir Poutine", "Narendra Modi", "Sergueï Lavrov", "Joe Biden", "Christophe Jaffrelot", "Jean-Luc Racine", "Subrahmanyam Jaishankar"];
const SUBJECTS = [["la coopération militaire", "military cooperation"], ["la livraison des S 400", "the delivery of the S-400s"], ["la production de vaccins", "vaccine production"], ["l'approvisionnement en énergie", "energy supply"], ["la situation en Afghanistan", "the situation in Afghanistan"], ["le commerce bilatéral", "bilateral trade"], ["les brevets pharmaceutiques", "pharmaceutical patents"]];
const COUNTRIES = [["la Russie", "Russia"], ["l'Inde", "India"], ["la Chine", "China"], ["le Pakistan", "Pakistan"], ["les États-Unis", "the United States"]];
const MONTHS = [["janvier", "January"], ["février", "February"], ["mars", "March"], ["avril", "April"], ["mai", "May"], ["juin", "June"], ["juillet", "July"], ["août", "August"], ["septembre", "September"], ["octobre", "October"], ["novembre", "November"], ["décembre", "December"]];

/** A small seeded generator (mulberry32): the same article on every run. */
function randomFrom(seedValue: number) {
  let state = seedValue >>> 0;
  return (count: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * count);
  };
}

type Sentence = [fr: string, en: string];

/** One generated sentence of template `template`, its figures drawn from `n`. */
function sentence(template: number, n: number, pick: (count: number) => number): Sentence {
  const [cityFr, cityEn] = CITIES[pick(CITIES.length)];
  const [sourceFr, sourceEn] = SOURCES[pick(SOURCES.length)];
  const [subjectFr, subjectEn] = SUBJECTS[pick(SUBJECTS.length)];
  const [countryFr, countryEn] = COUNTRIES[pick(COUNTRIES.length)];
  const [monthFr, monthEn] = MONTHS[n % 12];
  const person = PEOPLE[pick(PEOPLE.length)];
  const [count, year, day, amount, hours] = [10 + ((n * 37) % 900), 2000 + (n % 24), 1 + (n % 28), 100 + ((n * 53) % 5000), 2 + (n % 10)];
  switch (template % 4) {
    case 0:
      return [`Selon ${sourceFr}, ${count} délégués se sont réunis à ${cityFr} le ${day} ${monthFr} ${year}.`, `According to ${sourceEn}, ${count} delegates met in ${cityEn} on ${monthEn} ${day}, ${year}.`];
    case 1:
      return [`${person} a évoqué ${subjectFr} lors d'un entretien avec ${countryFr} en ${year}.`, `${person} discussed ${subjectEn} in talks with ${countryEn} in ${year}.`];
    case 2:
      return [`À ${cityFr}, les discussions sur ${subjectFr} ont duré ${hours} heures le ${day} ${monthFr}, sans accord définitif.`, `In ${cityEn}, talks on ${subjectEn} lasted ${hours} hours on ${monthEn} ${day}, without a final agreement.`];
    default:
      return [`Le montant des contrats signés en ${year} atteint ${amount} millions d'euros, d'après ${sourceFr}.`, `Contracts signed in ${year} total ${amount} million euros, according to ${sourceEn}.`];
  }
}

/** A paragraph as its sentences, so that a change can correct, add or cut one. */
type Paragraph = { fr: string[]; en: string[] };
const text = (paragraph: Paragraph) => paragraph.fr.join(" ");

/** Page furniture, repeated identically through the article as real pages repeat it. */
const FURNITURE: Sentence[] = [
  ["Publicité", "Advertising"],
  ["Lire aussi", "Read more"],
];

/**
 * Builds the two versions. `changedShare` of the old paragraphs (every 1/share-th one, so changes
 * never touch each other) is changed; the kinds take turns: a figure corrected, a paragraph
 * inserted before it, a sentence cut, the paragraph removed, a sentence added; and once each,
 * the paragraph moved 305 places further on, split in two, merged with the next one. Another
 * `seedValue` gives another article on the same subjects, with the same page furniture.
 */
export function generateSourceVersions(paragraphs = 2000, changedShare = 0.05, seedValue = 20211206): SourceVersions {
  const pick = randomFrom(seedValue);
  const fr = seed("article.fr.txt");
  const en = seed("article.en.txt");
  // The demo article's body paragraphs, whose French and English are aligned one to one.
  const bodies = fr.flatMap((paragraph, k): Sentence[] => (paragraph.length > 60 ? [[paragraph, en[k]]] : []));

  const seen = new Set<string>();
  const old: Paragraph[] = [];
  for (let i = 0; i < paragraphs; i += 1) {
    if (i % 50 === 25 || i % 50 === 26) {
      const [furnitureFr, furnitureEn] = FURNITURE[(i % 50) - 25];
      old.push({ fr: [furnitureFr], en: [furnitureEn] });
      continue;
    }
    let paragraph: Paragraph;
    let n = i;
    do {
      const [bodyFr, bodyEn] = bodies[pick(bodies.length)];
      const first = pick(4);
      const [a, b] = [sentence(first, n, pick), sentence(first + 1 + pick(3), n + 7, pick)];
      paragraph = { fr: [bodyFr, a[0], b[0]], en: [bodyEn, a[1], b[1]] };
      n += 10_000;
    } while (seen.has(text(paragraph)));
    seen.add(text(paragraph));
    old.push(paragraph);
  }

  // The new version as items remembering where each came from.
  type Item = { text: string; type: ExpectedChange["type"] | "unchanged"; old: number[] };
  const items: Item[] = [];
  const removed: number[] = [];
  const movedAfter = new Map<number, number>();
  const every = Math.max(2, Math.round(1 / changedShare));
  // Body paragraphs only (furniture has no figure to correct), and not the last (it may merge with the next).
  const sites = Array.from({ length: Math.floor(paragraphs / every) }, (_, k) => k * every + Math.floor(every / 2)).filter((i) => i < paragraphs - 1 && old[i].fr.length === 3);
  const special = new Map<number, "moved" | "split" | "merged">([
    [sites[Math.floor(sites.length * 0.2)], "moved"],
    [sites[Math.floor(sites.length * 0.5)], "split"],
    [sites[Math.floor(sites.length * 0.8)], "merged"],
  ]);
  const kindAt = new Map<number, string>();
  sites.forEach((i, k) => kindAt.set(i, special.get(i) ?? ["figure", "inserted", "cut", "removed", "added"][k % 5]));

  for (let i = 0; i < paragraphs; i += 1) {
    const paragraph = old[i];
    const kind = kindAt.get(i);
    if (kind === "figure") {
      // The first generated sentence again, with the figure that was wrong corrected.
      const corrected = paragraph.fr[1].replace(/\d+/, (digits) => String(Number(digits) + 1));
      items.push({ text: [paragraph.fr[0], corrected, paragraph.fr[2]].join(" "), type: "edited", old: [i] });
    } else if (kind === "inserted") {
      const [a, b] = [sentence(pick(4), i + 50_000, pick), sentence(pick(4), i + 60_000, pick)];
      items.push({ text: `Mise à jour : ${a[0]} ${b[0]}`, type: "inserted", old: [] });
      items.push({ text: text(paragraph), type: "unchanged", old: [i] });
    } else if (kind === "cut") {
      items.push({ text: paragraph.fr.slice(0, 2).join(" "), type: "edited", old: [i] });
    } else if (kind === "removed") {
      removed.push(i);
    } else if (kind === "added") {
      items.push({ text: `${text(paragraph)} ${sentence(pick(4), i + 70_000, pick)[0]}`, type: "edited", old: [i] });
    } else if (kind === "moved") {
      // Off the grid of change sites, so that it lands between unchanged paragraphs.
      movedAfter.set(Math.min(paragraphs - 1, i + 305), i);
    } else if (kind === "split") {
      items.push({ text: paragraph.fr[0], type: "split", old: [i] });
      items.push({ text: paragraph.fr.slice(1).join(" "), type: "split", old: [i] });
    } else if (kind === "merged") {
      items.push({ text: `${text(paragraph)} ${text(old[i + 1])}`, type: "merged", old: [i, i + 1] });
      i += 1;
    } else {
      items.push({ text: text(paragraph), type: "unchanged", old: [i] });
    }
    const moved = movedAfter.get(i);
    if (moved !== undefined) items.push({ text: text(old[moved]), type: "moved", old: [moved] });
  }

  const changes: ExpectedChange[] = removed.map((i) => ({ type: "removed", old: [i], new: [] }));
  items.forEach((item, j) => {
    if (item.type === "unchanged") return;
    const last = changes[changes.length - 1];
    // The parts of a split are one change.
    if (item.type === "split" && last?.type === "split" && last.old[0] === item.old[0]) last.new.push(j);
    else changes.push({ type: item.type, old: item.old, new: [j] });
  });
  return { old: old.map(text), oldTranslations: old.map((paragraph) => paragraph.en.join(" ")), new: items.map((item) => item.text), changes };
}
