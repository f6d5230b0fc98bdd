// A generated French article and its English translation, for the import and alignment
// benchmarks: the English misses, adds, merges and splits a paragraph every 100. `links` is the
// true alignment, each French paragraph's index with each English paragraph's it went into.

const CITIES = [["Moscou", "Moscow"], ["Pékin", "Beijing"], ["Londres", "London"], ["New Delhi", "New Delhi"], ["Genève", "Geneva"]];

export function generateArticlePair(paragraphs: number): { fr: string[]; en: string[]; links: [number, number][] } {
  const fr: string[] = [];
  const en: string[] = [];
  for (let i = 0; i < paragraphs; i += 1) {
    const [cityFr, cityEn] = CITIES[i % CITIES.length];
    const count = (i * 7) % 97;
    fr.push(`Paragraphe ${i} : à ${cityFr}, ${count} délégués ont discuté pendant ${i % 12 + 1} heures des contrats signés en ${2000 + (i % 25)}.`);
    en.push(`Paragraph ${i}: in ${cityEn}, ${count} delegates discussed for ${i % 12 + 1} hours the contracts signed in ${2000 + (i % 25)}.`);
  }
  const english: string[] = [];
  const links: [number, number][] = [];
  for (let i = 0; i < en.length; i += 1) {
    if (i % 100 === 10) continue;
    if (i % 100 === 30) english.push("An extra sentence the English editor added, with no French counterpart at all.");
    if (i % 100 === 50 && i + 1 < en.length) {
      links.push([i, english.length], [i + 1, english.length]);
      english.push(`${en[i]} ${en[i + 1]}`);
      i += 1;
      continue;
    }
    if (i % 100 === 70) {
      const cut = en[i].indexOf(",") + 1;
      links.push([i, english.length], [i, english.length + 1]);
      english.push(en[i].slice(0, cut), en[i].slice(cut).trim());
      continue;
    }
    links.push([i, english.length]);
    english.push(en[i]);
  }
  return { fr, en: english, links };
}
