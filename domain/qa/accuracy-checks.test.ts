import { describe, expect, it } from "vitest";
import { missingContent, splitSentences } from "./checks/content";
import { falseFriend, genderLeak, untranslatedFragment } from "./checks/prose";
import { checkSegment } from "./engine";
import { FALSE_FRIENDS } from "./false-friends";
import { STARTER_GLOSSARY } from "./starter-glossary";
import type { CheckContext, CheckedSegment, SegmentCheck } from "./types";

const context: CheckContext = { glossary: STARTER_GLOSSARY, sourceLang: "fr", targetLang: "en" };
const seg = (sourceText: string, targetText: string): CheckedSegment => ({ kind: "BODY", state: "TRANSLATED", sourceText, targetText });

type Row = [string, string, boolean];

function table(check: SegmentCheck, rows: Row[]) {
  describe(check.id, () => {
    it.each(rows)("%j -> %j: finding %s", (source, target, isFinding) => {
      expect(check.check(seg(source, target), context).length > 0).toBe(isFinding);
    });
  });
}

table(falseFriend, [
  // Bad: the faux ami rendered by its English look-alike.
  ["Le ministre est actuellement à Bruxelles.", "The minister is actually in Brussels.", true],
  ["Le sommet pourrait éventuellement être reporté.", "The summit could eventually be postponed.", true],
  ["La librairie du quartier a fermé ses portes.", "The neighbourhood library has closed its doors.", true],
  ["Des milliers de personnes ont assisté à la cérémonie.", "Thousands of people assisted the ceremony.", true],
  ["La location d'un appartement coûte cher à Lyon.", "The location of a flat is expensive in Lyon.", true],
  ["Les enseignants réclament une meilleure formation.", "Teachers are calling for better formation.", true],
  ["Il ignorait que l'enquête avait été rouverte.", "He ignored that the investigation had been reopened.", true],
  ["C'est un sujet très sensible pour le gouvernement.", "It is a very sensible subject for the government.", true],
  ["Le résultat a été une grande déception pour les électeurs.", "The result was a great deception for voters.", true],
  ["Les militants du parti ont distribué des tracts.", "Party militants handed out leaflets.", true],
  ["Des dizaines de milliers de personnes ont participé à la manifestation.", "Tens of thousands of people took part in the manifestation.", true],
  ["L'ancien président a été entendu par les juges.", "The ancient president was heard by the judges.", true],
  ["La compagnie a commandé trente avions.", "The airline commanded thirty aircraft.", true],
  ["Le procès s'ouvrira lundi à Paris.", "The process will open on Monday in Paris.", true],
  // Good: the right rendering, or the French has the word that does mean the English one.
  ["Le ministre est actuellement à Bruxelles.", "The minister is currently in Brussels.", false],
  ["En fait, le ministre est à Bruxelles.", "Actually, the minister is in Brussels.", false],
  ["Le sommet pourrait éventuellement être reporté.", "The summit could possibly be postponed.", false],
  ["Il a fini par accepter.", "He eventually agreed.", false],
  ["La bibliothèque municipale a fermé.", "The municipal library has closed.", false],
  ["La formation d'un gouvernement prendra des semaines.", "The formation of a government will take weeks.", false],
  ["Le président a ignoré les critiques.", "The president ignored the criticism.", false],
  ["L'emplacement de la base reste secret.", "The location of the base remains secret.", false],
  ["Des militants armés ont attaqué un poste.", "Armed militants attacked a post.", false],
  ["Une manifestation de colère a éclaté.", "A manifestation of anger broke out.", false],
  ["Le procès s'ouvrira lundi à Paris.", "The trial will open on Monday in Paris.", false],
  ["Le processus de paix est au point mort.", "The peace process has stalled.", false],
  ["Il est resté à Paris.", "He actually stayed in Paris.", false],
]);

describe("false-friend lexicon", () => {
  it("holds about fifty reviewed pairs, each with its right renderings", () => {
    expect(FALSE_FRIENDS.length).toBeGreaterThanOrEqual(50);
    for (const pair of FALSE_FRIENDS) expect(pair.right.length).toBeGreaterThan(2);
  });
  it("names the French word and the usual right renderings", () => {
    expect(falseFriend.check(seg("Il est actuellement à Rome.", "He is actually in Rome."), context)).toEqual([
      { params: { found: "actually", source: "actuellement", right: "currently, at present" } },
    ]);
  });
  it("reads only a translation into English", () => {
    expect(falseFriend.check(seg("Il est actuellement à Rome.", "He is actually in Rome."), { ...context, targetLang: "de" })).toEqual([]);
  });
});

table(untranslatedFragment, [
  // Bad: French left inside English prose.
  ["Le ministre a déclaré que la réforme est nécessaire.", "The minister said que la réforme est nécessaire.", true],
  ["Il a parlé de la situation dans le pays et de ses conséquences.", "He spoke about la situation dans le pays and its consequences.", true],
  ["Selon lui, c'est une décision historique.", "According to him, c'est une décision historique.", true],
  ["Les habitants ont été évacués vers le nord.", "The residents ont été évacués to the north.", true],
  ["Le texte sera examiné par les députés mardi.", "The bill sera examiné par les députés on Tuesday.", true],
  ["Le gouvernement veut aller vite, mais les syndicats refusent.", "The government wants to move fast, mais les syndicats refusent.", true],
  ["Il faut agir pour le climat, a-t-il dit.", "We must act pour le climat, he said.", true],
  ["La ville compte sur le tourisme depuis des années.", "The city has relied on tourism depuis des années.", true],
  ["Elle a été élue avec une large majorité.", "She was elected avec une large majorité.", true],
  ["Nous sommes prêts à discuter, affirme le porte-parole.", "Nous sommes prêts à discuter, says the spokesman.", true],
  // Good: names, titles and loanwords English uses, and plain English.
  ["Le Quai d'Orsay a convoqué l'ambassadeur.", "The Quai d'Orsay summoned the ambassador.", false],
  ["C'est un fait accompli, selon Moscou.", "It is a fait accompli, according to Moscow.", false],
  ["Une politique de détente avec Pékin.", "A policy of détente with Beijing.", false],
  ["Son savoir-faire est reconnu.", "His savoir-faire is recognised.", false],
  ["Il a reçu la Légion d'honneur à l'Élysée.", "He received the Légion d'honneur at the Élysée.", false],
  ["Le Premier ministre était à Matignon.", "The Prime Minister was at Matignon.", false],
  ["Rendez-vous place de la Concorde.", "They met on the Place de la Concorde.", false],
  ["Marine Le Pen et Jordan Bardella ont voté.", "Marine Le Pen and Jordan Bardella voted.", false],
  ["La France insoumise a déposé une motion.", "La France insoumise tabled a motion.", false],
  ["Le journal Le Monde a publié l'enquête.", "The newspaper Le Monde published the investigation.", false],
  ["Des Moines accueille le caucus.", "Des Moines hosts the caucus.", false],
  ["Un déplacement rare.", "A rare trip.", false],
]);

describe("untranslated-fragment", () => {
  it("quotes the fragment", () => {
    expect(untranslatedFragment.check(seg("Selon lui, c'est une décision historique.", "According to him, c'est une décision historique."), context)).toEqual([
      { params: { fragment: "c'est une décision historique" } },
    ]);
  });
  it("is the one finding on French inside an English paragraph, `untranslated` the one on a French paragraph", () => {
    const mixed = seg("Selon lui, c'est une décision historique.", "According to him, c'est une décision historique.");
    const ids = (segment: CheckedSegment) => checkSegment(segment, context).map((f) => f.checkId).filter((id) => id.startsWith("untranslated"));
    expect(ids(mixed)).toEqual(["untranslated-fragment"]);
    const french = seg("Les liens entre la Russie et la Chine inquiètent.", "Les liens entre la Russie et la Chine inquiètent.");
    expect(ids(french)).toEqual(["untranslated"]);
  });
  it("leaves a paragraph wholly in French to `untranslated`", () => {
    const french = "Les liens entre la Russie et la Chine inquiètent à New Delhi.";
    expect(untranslatedFragment.check(seg(french, french), context)).toEqual([]);
  });
  it("reads only a translation into English", () => {
    expect(untranslatedFragment.check(seg("Selon lui, c'est une décision historique.", "Según él, c'est une décision historique."), { ...context, targetLang: "es" })).toEqual([]);
  });
});

table(missingContent, [
  // Bad: a sentence or a clause with a figure left out.
  [
    "Le gouvernement a présenté son budget mardi. Il prévoit 12 milliards d'euros d'économies d'ici 2027. Les syndicats ont dénoncé un plan d'austérité.",
    "The government presented its budget on Tuesday. The unions denounced an austerity plan.",
    true,
  ],
  [
    "La tempête a frappé la côte dans la nuit. Plus de 40 000 foyers sont privés d'électricité ce matin. Les secours sont mobilisés.",
    "The storm hit the coast overnight. Emergency services have been mobilised.",
    true,
  ],
  [
    "Le président est arrivé à Dakar lundi soir pour une visite de trois jours. Il doit rencontrer son homologue sénégalais mercredi au palais présidentiel pour évoquer la coopération militaire et la question migratoire.",
    "The president arrived in Dakar on Monday evening for a three-day visit.",
    true,
  ],
  [
    "Le chômage a reculé de 0,3 point au troisième trimestre, pour atteindre 7,1 % de la population active, selon l'Insee.",
    "Unemployment fell in the third quarter, according to Insee.",
    true,
  ],
  [
    "L'entreprise a annoncé la suppression de 1 200 postes en France, dont 450 sur le site de Lyon, d'ici la fin de l'année prochaine.",
    "The company announced job cuts in France by the end of next year.",
    true,
  ],
  [
    "Les négociations ont repris à Genève. Les deux délégations se sont retrouvées pendant six heures dans un climat jugé constructif par les observateurs. Aucun accord n'a été trouvé.",
    "Negotiations resumed in Geneva. No agreement was reached.",
    true,
  ],
  [
    "Le musée rouvre ses portes samedi. Les travaux ont duré 4 ans et coûté 85 millions d'euros. L'entrée sera gratuite le premier week-end.",
    "The museum reopens on Saturday. Entry will be free on the first weekend.",
    true,
  ],
  [
    "Le tribunal a rendu son jugement. L'ancien maire est condamné à 3 ans de prison dont 18 mois ferme. Il a fait appel.",
    "The court delivered its verdict. He has appealed.",
    true,
  ],
  [
    "Le vaccin sera disponible en pharmacie dès le mois prochain, pour les plus de 65 ans et les personnes fragiles en priorité.",
    "The vaccine will be available in pharmacies from next month.",
    true,
  ],
  [
    "La sécheresse touche le sud du pays depuis le printemps. Les agriculteurs estiment leurs pertes à 30 % de la récolte. Le gouvernement promet des aides.",
    "The drought has hit the south of the country since the spring. The government is promising aid.",
    true,
  ],
  // Good: complete translations, sentences merged or split, short paragraphs.
  [
    "Le gouvernement a présenté son budget mardi. Il prévoit 12 milliards d'euros d'économies d'ici 2027.",
    "The government presented its budget on Tuesday, which plans 12 billion euros of savings by 2027.",
    false,
  ],
  ["Il est venu. Il a parlé.", "He came and spoke.", false],
  [
    "La tempête a frappé la côte dans la nuit, privant plus de 40 000 foyers d'électricité.",
    "The storm hit the coast overnight. More than 40,000 homes lost power.",
    false,
  ],
  [
    "Le chômage a reculé de 0,3 point au troisième trimestre, pour atteindre 7,1 % de la population active, selon l'Insee.",
    "Unemployment fell by 0.3 points in the third quarter to 7.1% of the workforce, according to Insee.",
    false,
  ],
  ["M. Dupont est arrivé. Il a salué la foule.", "Mr Dupont arrived. He greeted the crowd.", false],
  [
    "Les négociations ont repris à Genève. Les deux délégations se sont retrouvées pendant six heures. Aucun accord n'a été trouvé.",
    "Negotiations resumed in Geneva, where the two delegations met for six hours. No agreement was reached.",
    false,
  ],
  ["Vladimir Poutine en Inde", "Vladimir Putin in India", false],
  ["Un déplacement rare, et pas seulement parce que les relations sont bonnes.", "A rare trip, and not just because relations are good.", false],
  [
    "Le musée rouvre ses portes samedi après 4 ans de travaux. L'entrée sera gratuite le premier week-end.",
    "After four years of work, the museum reopens on Saturday. Entry will be free on the first weekend.",
    false,
  ],
  [
    "Le tribunal a rendu son jugement. L'ancien maire est condamné à 3 ans de prison. Il a fait appel.",
    "The court delivered its verdict: the former mayor was sentenced to 3 years in prison. He has appealed.",
    false,
  ],
]);

describe("missing-content", () => {
  it("quotes the French sentence that has no English", () => {
    const findings = missingContent.check(
      seg("Le tribunal a rendu son jugement. L'ancien maire est condamné à 3 ans de prison dont 18 mois ferme. Il a fait appel.", "The court delivered its verdict. He has appealed."),
      context,
    );
    expect(findings).toEqual([{ params: { kind: "sentence", sentence: "L'ancien maire est condamné à 3 ans de prison dont 18 mois ferme." } }]);
  });
  it("splits sentences but not after an abbreviation or an initial", () => {
    expect(splitSentences("M. Dupont est arrivé. Le vaccin Spoutnik V. Des contrats ? Oui.")).toEqual(["M. Dupont est arrivé.", "Le vaccin Spoutnik V. Des contrats ?", "Oui."]);
  });
});

describe("gender-leak", () => {
  type DocRow = [string, [string, string][], boolean];
  const rows: DocRow[] = [
    // Bad: "she" or "her" for a country, city, institution or thing.
    ["country", [["La Russie a réagi. Elle dénonce une provocation.", "Russia reacted. She denounces a provocation."]], true],
    ["possessive", [["La Commission a publié sa proposition.", "The Commission published her proposal."]], true],
    ["previous paragraph", [["L'Inde diversifie ses achats.", "India is diversifying its purchases."], ["Elle achète français.", "She buys French."]], true],
    ["city", [["Moscou maintient sa position.", "Moscow maintains her position."]], true],
    ["company", [["L'entreprise a revu ses prévisions.", "The company has revised her forecasts."]], true],
    ["reflexive", [["La France s'est elle-même exclue.", "France excluded herself."]], true],
    ["union", [["L'Union européenne défend ses agriculteurs.", "The EU defends her farmers."]], true],
    ["two countries", [["La Chine et l'Inde discutent. Elle veut un accord.", "China and India are talking. She wants a deal."]], true],
    ["economy", [["L'économie allemande a perdu son élan.", "The German economy has lost her momentum."]], true],
    ["party", [["La formation a présenté son programme.", "The party presented her programme."]], true],
    ["government", [["Le gouvernement a maintenu sa réforme. Elle sera votée.", "The government kept its reform. She will be voted on."]], true],
    // Good: a woman named or described, or no feminine pronoun in the French.
    ["named woman", [["Angela Merkel est arrivée à Paris. Elle rencontrera Emmanuel Macron.", "Angela Merkel arrived in Paris. She will meet Emmanuel Macron."]], false],
    ["feminine title", [["La présidente de la Commission a présenté son plan.", "The Commission president presented her plan."]], false],
    ["woman in previous paragraph", [["Notre correspondante est à Moscou.", "Our correspondent is in Moscow."], ["Elle raconte la Russie.", "She describes Russia."]], false],
    ["epicene with feminine article", [["La ministre a défendu son budget à l'Assemblée.", "The minister defended her budget in the Assembly."]], false],
    ["woman word", [["Une femme a témoigné devant le tribunal. Elle a parlé de sa fille.", "A woman testified before the court. She spoke about her daughter."]], false],
    ["it", [["La Russie a réagi. Elle dénonce une provocation.", "Russia reacted. It denounces a provocation."]], false],
    ["no French pronoun", [["La chanteuse Aya Nakamura à Paris.", "Singer Aya Nakamura in Paris, her home city."]], false],
    ["Mrs", [["Mme Borne a présenté sa démission.", "Mrs Borne presented her resignation."]], false],
    ["first name", [["Kamala Harris a visité le Mexique. Elle y a vu son homologue.", "Kamala Harris visited Mexico. She met her counterpart there."]], false],
    ["no antecedent", [["Elle est partie tôt.", "She left early."]], false],
    ["women", [["Les femmes iraniennes et leur combat. Sa force impressionne.", "Iranian women and their struggle. Her strength impresses."]], false],
  ];
  it.each(rows)("%s: finding %s", (_name, pairs, isFinding) => {
    const findings = genderLeak.check(
      pairs.map(([source, target]) => seg(source, target)),
      context,
    );
    expect(findings[findings.length - 1].length > 0).toBe(isFinding);
  });
  it("names the pronoun and its antecedent", () => {
    expect(genderLeak.check([seg("La Russie a réagi. Elle dénonce une provocation.", "Russia reacted. She denounces a provocation.")], context)).toEqual([
      [{ params: { pronoun: "She", antecedent: "Russia" } }],
    ]);
  });
  it("reads only a translation into English", () => {
    expect(genderLeak.check([seg("La Russie a réagi. Elle dénonce.", "Russia reacted. She denounces.")], { ...context, targetLang: "de" })).toEqual([[]]);
  });
});
