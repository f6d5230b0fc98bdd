import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../segmentation/split-paragraphs";
import { classifyLinks } from "./classify-links";
import { compareSources } from "./compare-sources";
import { SAME_ARTICLE_MIN_MATCHED_RATIO, type SourceComparison } from "./types";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => splitParagraphs(readFileSync(path.join(root, "prisma/seed", file), "utf8")).map((p) => p.text);
const FR = read("article.fr.txt");
const EN = read("article.en.txt");
const LAST = FR.length - 1;

const NEW_PARAGRAPH = "Le Kremlin a confirmé que la délégation comprendra douze ministres et plusieurs chefs d'entreprise.";
const UNRELATED = "Les pluies torrentielles ont provoqué des inondations dans le sud du pays, où des milliers d'habitants ont été évacués.";

/** The article with `change` applied to a copy. */
const edit = (change: (paragraphs: string[]) => void, from: readonly string[] = FR) => {
  const copy = [...from];
  change(copy);
  return copy;
};
const moveParagraph = (from: number, to: number) => (p: string[]) => p.splice(to, 0, ...p.splice(from, 1));
const splitAt = (index: number, marker: string) => (p: string[]) => {
  const cut = p[index].indexOf(marker);
  p.splice(index, 1, p[index].slice(0, cut).trim(), p[index].slice(cut).trim());
};
const mergeAt = (index: number) => (p: string[]) => p.splice(index, 2, `${p[index]} ${p[index + 1]}`);

/** Every link but the unchanged ones, as [type, old, new]. */
const changes = (comparison: SourceComparison) => comparison.links.filter((link) => link.type !== "unchanged").map((link) => [link.type, link.old, link.new]);

/**
 * What every comparison must be, whatever the input: each paragraph in one link, links in the new
 * order, a removed paragraph right after the old one before it, counts and ratio consistent, and
 * the same answer when its own links are sent back for classification.
 */
function expectWellFormed(comparison: SourceComparison, before: readonly string[], after: readonly string[]) {
  const olds = comparison.links.flatMap((link) => link.old).sort((a, b) => a - b);
  const news = comparison.links.flatMap((link) => link.new);
  expect(olds).toEqual(before.map((_, i) => i));
  expect(news).toEqual(after.map((_, j) => j));
  comparison.links.forEach((link, k) => {
    if (link.type !== "removed") return;
    const previous = link.old[0] - 1;
    const expected = previous < 0 ? -1 : comparison.links.findIndex((other) => other.old.includes(previous));
    // Directly after the previous old paragraph's link, or after other removed paragraphs that follow it.
    expect(comparison.links.slice(expected + 1, k).every((other) => other.type === "removed")).toBe(true);
  });
  expect(Object.values(comparison.counts).reduce((a, b) => a + b, 0)).toBe(comparison.links.length);
  const again = classifyLinks(before, after, comparison.links.map((link) => ({ old: link.old, new: link.new })));
  expect(again).toEqual({ ok: true, comparison });
}

function compare(before: readonly string[], after: readonly string[]) {
  const comparison = compareSources(before, after);
  expectWellFormed(comparison, before, after);
  return comparison;
}

describe("compareSources: each kind of change at the start, in the middle and at the end", () => {
  it.each([
    ["title corrected", edit((p) => (p[0] = "Vladimir Poutine en Inde pour resserrer les liens avec New Delhi")), [["edited", [0], [0]]]],
    ["figure corrected", edit((p) => (p[16] = p[16].replace("50 %", "45 %"))), [["edited", [16], [16]]]],
    ["last tag shortened", edit((p) => (p[LAST] = "Narendra Modi")), [["edited", [LAST], [LAST]]]],
    ["paragraph added first", edit((p) => p.unshift(NEW_PARAGRAPH)), [["inserted", [], [0]]]],
    ["paragraph added in the middle", edit((p) => p.splice(21, 0, NEW_PARAGRAPH)), [["inserted", [], [21]]]],
    ["paragraph added last", edit((p) => p.push(NEW_PARAGRAPH)), [["inserted", [], [FR.length]]]],
    ["first paragraph cut", edit((p) => p.shift()), [["removed", [0], []]]],
    ["quote cut in the middle", edit((p) => p.splice(20, 1)), [["removed", [20], []]]],
    ["last paragraph cut", edit((p) => p.pop()), [["removed", [LAST], []]]],
    ["title moved down", edit(moveParagraph(0, 5)), [["moved", [0], [5]]]],
    ["quote moved up", edit(moveParagraph(20, 12)), [["moved", [20], [12]]]],
    ["last tag moved first", edit(moveParagraph(LAST, 0)), [["moved", [LAST], [0]]]],
    ["title split", edit(splitAt(0, "pour resserrer")), [["split", [0], [0, 1]]]],
    ["paragraph split at a sentence", edit(splitAt(29, "Des contrats")), [["split", [29], [29, 30]]]],
    ["last tag split", edit(splitAt(LAST, "Modi")), [["split", [LAST], [LAST, LAST + 1]]]],
    ["title and caption merged", edit(mergeAt(0)), [["merged", [0, 1], [0]]]],
    ["two short paragraphs merged", edit(mergeAt(26)), [["merged", [26, 27], [26]]]],
    ["last two tags merged", edit(mergeAt(LAST - 1)), [["merged", [LAST - 1, LAST], [LAST - 1]]]],
  ])("%s", (_name, after, expected) => {
    const comparison = compare(FR, after);
    expect(changes(comparison)).toEqual(expected);
    expect(comparison.counts.unchanged).toBe(comparison.links.length - expected.length);
  });

  it.each([
    ["first", 0],
    ["in the middle", 16],
    ["last", LAST],
  ])("a paragraph replaced by a different one %s is removed and inserted, not edited", (_where, k) => {
    const comparison = compare(
      FR,
      edit((p) => (p[k] = UNRELATED)),
    );
    expect(changes(comparison)).toEqual([
      ["removed", [k], []],
      ["inserted", [], [k]],
    ]);
  });

  it("places a removed paragraph right after the link of the old paragraph before it", () => {
    const comparison = compare(
      FR,
      edit((p) => p.splice(20, 1)),
    );
    const at = comparison.links.findIndex((link) => link.type === "removed");
    expect(comparison.links[at - 1].old).toEqual([19]);
    expect(comparison.links[at + 1].old).toEqual([21]);
  });

  it("reports the similarity of what changed", () => {
    const comparison = compare(
      FR,
      edit((p) => {
        p[16] = p[16].replace("50 %", "45 %");
        splitAt(29, "Des contrats")(p);
      }),
    );
    expect(comparison.links.filter((link) => link.type !== "unchanged").map((link) => [link.type, link.similarity])).toEqual([
      ["edited", 0.93],
      ["split", 1],
    ]);
    expect(comparison.links.find((link) => link.type === "unchanged")?.similarity).toBe(1);
  });
});

describe("compareSources: what is not a change, and look-alikes that are", () => {
  it("counts a change of whitespace only as unchanged: no-break spaces, doubled spaces, line breaks, ends", () => {
    const after = edit((p) => {
      p[16] = p[16].replace("50 %", "50\u00A0%").replace("la part", "la  part");
      p[12] = `  ${p[12].replace("proches depuis", "proches\ndepuis")}\u202F`;
    });
    const comparison = compare(FR, after);
    expect(changes(comparison)).toEqual([]);
    expect(comparison.counts.unchanged).toBe(FR.length);
  });

  it.each([
    ["a space removed inside a figure", (text: string) => text.replace("50 %", "50%")],
    ["a change of case", (text: string) => text.toUpperCase()],
    ["punctuation only", (text: string) => text.replace(/\.$/, " !")],
  ])("counts %s as edited, however similar", (_name, change) => {
    const comparison = compare(
      FR,
      edit((p) => (p[16] = change(p[16]))),
    );
    expect(changes(comparison)).toEqual([["edited", [16], [16]]]);
    expect(comparison.links[16].similarity).toBeLessThan(1);
  });

  it("does not swallow an unrelated paragraph inserted after an edited one into a split", () => {
    const after = edit((p) => {
      p[16] = p[16].replace("50 %", "45 %");
      p.splice(17, 0, NEW_PARAGRAPH);
    });
    expect(changes(compare(FR, after))).toEqual([
      ["edited", [16], [16]],
      ["inserted", [], [17]],
    ]);
  });

  it("does not merge an edited paragraph with an unrelated one removed after it", () => {
    const after = edit((p) => {
      p[16] = p[16].replace("50 %", "45 %");
      p.splice(17, 1);
    });
    expect(changes(compare(FR, after))).toEqual([
      ["edited", [16], [16]],
      ["removed", [17], []],
    ]);
  });

  it("finds an edited paragraph that also moved, and leaves its identical neighbours unchanged", () => {
    const after = edit((p) => {
      p[20] = p[20].replace("sur le plan militaire", "dans le domaine de la défense");
      moveParagraph(20, 5)(p);
    });
    const comparison = compare(FR, after);
    expect(changes(comparison)).toEqual([["edited", [20], [5]]]);
    expect(comparison.links[5].similarity).toBeGreaterThan(0.7);
  });

  it("moves a block of three paragraphs as three moved paragraphs", () => {
    const after = edit((p) => p.splice(5, 0, ...p.splice(21, 3)));
    expect(changes(compare(FR, after))).toEqual([
      ["moved", [21], [5]],
      ["moved", [22], [6]],
      ["moved", [23], [7]],
    ]);
  });
});

describe("compareSources: repeated identical paragraphs", () => {
  // The demo article with its "Publicité" slot twice, at 7 and 21, as page furniture often is.
  const TWICE = edit((p) => p.splice(21, 0, "Publicité"));

  it.each([
    ["both kept", TWICE, []],
    ["the first one dropped", edit((p) => p.splice(7, 1), TWICE), [["removed", [7], []]]],
    ["the second one dropped", edit((p) => p.splice(21, 1), TWICE), [["removed", [21], []]]],
    ["a third one added", edit((p) => p.splice(30, 0, "Publicité"), TWICE), [["inserted", [], [30]]]],
    ["the second one moved far down", edit(moveParagraph(21, 35), TWICE), [["moved", [21], [35]]]],
  ])("pairs each copy with the right one: %s", (_name, after, expected) => {
    expect(changes(compare(TWICE, after))).toEqual(expected);
  });

  it("keeps a paragraph repeated many times in order", () => {
    const before = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? "Publicité" : `Paragraphe ${i} sur les relations entre Moscou et New Delhi.`));
    const after = edit((p) => p.splice(9, 1), before);
    expect(changes(compare(before, after))).toEqual([["removed", [9], []]]);
  });
});

describe("compareSources: not the same article", () => {
  // Another article of the same site: other news, the same page furniture.
  const OTHER = [
    "Inondations meurtrières dans le sud du Brésil",
    "Des habitants évacués en bateau à Porto Alegre, le 5 mai 2024. AFP",
    "Texte par : RFI Suivre",
    "3 min",
    "Les pluies torrentielles qui s'abattent depuis une semaine sur l'État du Rio Grande do Sul ont fait au moins 75 morts.",
    "Plus de 100 personnes sont toujours portées disparues, selon la défense civile.",
    "Publicité",
    "Lire aussi",
    "Le président Lula s'est rendu sur place pour la deuxième fois en quelques jours.",
    "Il a promis une aide fédérale d'urgence aux municipalités sinistrées et aux agriculteurs.",
    "Les climatologues rappellent que la région subit des épisodes extrêmes de plus en plus fréquents.",
    "Newsletter",
    "Recevez toute l'actualité internationale directement dans votre boite mail",
    "Je m'abonne",
    "google-play-badge_FR",
    "Brésil",
  ];

  it("matches little more than the page furniture of another article", () => {
    const comparison = compare(FR, OTHER);
    expect(comparison.matchedRatio).toBeLessThan(SAME_ARTICLE_MIN_MATCHED_RATIO);
    // Only the page furniture pairs up, the reading time as an edit ("2 min" to "3 min").
    const paired = comparison.links.filter((link) => link.old.length > 0 && link.new.length > 0);
    expect(paired.map((link) => [link.type, FR[link.old[0]], OTHER[link.new[0]]])).toEqual([
      ["unchanged", "Texte par : RFI Suivre", "Texte par : RFI Suivre"],
      ["edited", "2 min", "3 min"],
      ...["Publicité", "Lire aussi", "Newsletter", "Recevez toute l'actualité internationale directement dans votre boite mail", "Je m'abonne", "google-play-badge_FR"].map((text) => ["unchanged", text, text]),
    ]);
  });

  it("matches little of the English translation given instead of the French", () => {
    const comparison = compare(FR, EN);
    expect(comparison.matchedRatio).toBeLessThan(SAME_ARTICLE_MIN_MATCHED_RATIO);
  });

  it("keeps the ratio high for a heavily edited version of the same article", () => {
    const after = edit((p) => {
      for (let k = 12; k < 31; k += 1) p[k] = p[k].replace(/'/g, "’");
      p.splice(5, 3);
      p.push(NEW_PARAGRAPH);
    });
    const comparison = compare(FR, after);
    expect(comparison.matchedRatio).toBeGreaterThan(0.9);
    expect(comparison.counts.edited).toBe(FR.slice(12, 31).filter((p) => p.includes("'")).length);
  });
});

describe("compareSources: empty and degenerate inputs", () => {
  it.each([
    ["both empty", [], [], [], 1],
    ["nothing before", [], ["Un.", "Deux."], [["inserted", [], [0]], ["inserted", [], [1]]], 0],
    ["nothing after", ["Un.", "Deux."], [], [["removed", [0], []], ["removed", [1], []]], 0],
    ["only punctuation changed", [","], [";"], [["removed", [0], []], ["inserted", [], [0]]], 0],
  ])("%s", (_name, before: string[], after: string[], expected, ratio) => {
    const comparison = compare(before, after);
    expect(changes(comparison)).toEqual(expected);
    expect(comparison.matchedRatio).toBe(ratio);
  });

  it("pairs a whole article in which every paragraph was edited, beyond the exhaustive table", () => {
    const before = Array.from({ length: 1200 }, (_, i) => `Le paragraphe ${i} rapporte que ${i * 7} délégués se sont réunis à Moscou pendant ${i % 12} heures.`);
    const after = before.map((text) => text.replace("délégués", "diplomates"));
    const comparison = compare(before, after);
    expect(comparison.counts.edited).toBe(1200);
    expect(comparison.links.every((link, k) => link.old[0] === k && link.new[0] === k)).toBe(true);
  });
});
