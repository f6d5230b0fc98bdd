import { describe, expect, it } from "vitest";
import { classifySegment, isPageFurniture } from "./classify-segment";

const at = (index: number, source: string, target: string, isBulleted = false) =>
  classifySegment({ source, target, index, isBulleted });

describe("isPageFurniture", () => {
  it.each([
    ["Advertising", true],
    ["Publicité", true],
    ["Read more", true],
    ["Lire aussi", true],
    ["I subscribe", true],
    ["Je m’abonne", true],
    ["Newsletter", true],
    ["Receive all international news directly in your mailbox", true],
    ["Recevez toute l'actualité internationale directement dans votre boite mail", true],
    ["Follow all the international news by downloading the RFI application", true],
    ["google-play-badge_FR", true],
    [",", true],
    ["Lire aussi : Vladimir Poutine en Inde pour resserrer les liens", true],
    ["Read also: Vladimir Putin in India to strengthen ties", true],
    ["LIRE AUSSI - La Russie et l'Inde, une amitié ancienne", true],
    ["Read also Putin's trip to New Delhi", true],
    ["À lire aussi « Le pari américain »", true],
    ["Partager", true],
    ["Share on Facebook", true],
    ["Partager sur Twitter", true],
    ["Facebook Twitter LinkedIn E-mail", true],
    ["Share this article", true],
    ["Follow", true],
    ["Suivre", true],
    ["Read more carefully, the report says otherwise.", false],
    ["Lire aussi les déclarations du ministre ne suffit pas.", false],
    ["Share prices fell on Monday.", false],
    ["Facebook and Twitter were fined.", false],
    ["Email", false],
    ["Text by: RFI Follow", false],
    ["The newsletter was read more widely than the paper.", false],
    ["Advertising revenue fell by 12% in 2021.", false],
    ["Vladimir Putin in India", false],
  ])("%j -> %s", (text, expected) => {
    expect(isPageFurniture(text)).toBe(expected);
  });
});

describe("classifySegment", () => {
  it.each([
    [at(0, "Vladimir Poutine en Inde", "Vladimir Putin in India"), "TITLE"],
    [at(1, "Le président russe en 2019. POOL / AFP", "The Russian president in 2019. POOL / AFP"), "CAPTION"],
    [at(2, "Texte par : RFI Suivre", "Text by: RFI Follow"), "BYLINE"],
    // The byline stays a byline: only the button's word stuck to it is furniture (the boilerplate check removes it).
    [at(2, "Par Jean Dupont Suivre", "By Jean Dupont Follow"), "BYLINE"],
    [at(14, "Lire aussi : La Russie s'agace", "Read also: Russia is irritated"), "BOILERPLATE"],
    [at(15, "Partager sur Facebook", "Share on Facebook"), "BOILERPLATE"],
    [at(3, "2 min", "2 min"), "READING_TIME"],
    [at(4, "Vladimir Poutine était absent du G20.", "Vladimir Putin was absent from the G20."), "BODY"],
    [at(5, "Anissa el-Jabri", "Anissa el-Jabri"), "CREDIT"],
    [at(6, "Christophe Jaffrelot, directeur de recherche au CERI", "Christophe Jaffrelot, research director at CERI"), "CREDIT"],
    [at(7, "Avec notre correspondante à Moscou", "With our correspondent in Moscow"), "CREDIT"],
    [at(8, "Mais il a fait le geste.", "But made the gesture."), "BODY"],
    [at(9, "Publicité", "Advertising"), "BOILERPLATE"],
    [at(40, "Vladimir Poutine", "Vladimir Poutine", true), "TAG"],
    [at(0, "Publicité", "Advertising"), "BOILERPLATE"],
  ])("%#: %s", (kind, expected) => {
    expect(kind).toBe(expected);
  });
});
