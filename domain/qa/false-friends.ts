/**
 * Reviewed French faux amis and the English words they are wrongly rendered by, with the usual
 * right renderings (shown in the finding's message). Each pair needs both sides: the French word
 * in the aligned French (`fr`, matched on the French folded to lower case without accents) and
 * the wrong English word in the translation (`en`, matched on the English in lower case). `unless`
 * lists French words that do mean the English word ("en fait" is "actually"): where the French has
 * one, the English word may render it, and nothing is reported.
 *
 * Patterns are deliberately narrow where the French word also has the English meaning ("ignorer
 * quelqu'un" is "ignore"; "la formation d'un gouvernement" is its "formation"): a false friend
 * reported on a right translation costs the reviewer more than one missed.
 */
export type FalseFriend = {
  /** The French word, as the message shows it. */
  source: string;
  fr: RegExp;
  en: RegExp;
  /** The usual right renderings, as the message shows them. */
  right: string;
  unless?: RegExp;
};

// Word boundaries for folded French and lower-case English: letters only (\b is ASCII-only, and
// folded text is ASCII apart from œ and æ, which no pattern here needs).
export const FALSE_FRIENDS: readonly FalseFriend[] = [
  { source: "actuellement", fr: /\bactuellement\b/, en: /\bactually\b/, right: "currently, at present", unless: /\b(en fait|en realite|reellement|vraiment|effectivement|de fait)\b/ },
  { source: "actuel", fr: /\bactuel(le)?s?\b/, en: /\bactual\b/, right: "current, present", unless: /\b(reel(le)?s?|veritables?|effecti(f|ve)s?|concret(e|s|es)?)\b/ },
  { source: "éventuellement", fr: /\beventuel(le)?(ment|s)?\b/, en: /\beventual(ly)?\b/, right: "possibly, if need be", unless: /\b(finalement|a terme|en fin de compte|fini(ra|t|ront|ssent)? par|au bout du compte|ulterieure(ment)?)\b/ },
  { source: "librairie", fr: /\blibrairies?\b/, en: /\blibrar(y|ies)\b/, right: "bookshop", unless: /\bbibliotheques?\b/ },
  { source: "assister à", fr: /\bassist(e|es|ent|er|ait|aient|era|eront|e|ee|ees|es|ons|ez)? (a|au|aux)\b/, en: /\bassist(s|ed|ing)?\b/, right: "attend, witness", unless: /\b(aid(e|er|es|ent|ait|aient|ee)?|assistance|epaul\w*|seconde\w*)\b/ },
  { source: "location", fr: /\blocations?\b/, en: /\blocations?\b/, right: "rental, hire", unless: /\b(emplacements?|lieux?|sites?|localisation|position|endroits?)\b/ },
  { source: "formation", fr: /\bformations?\b(?! (d'un|du|de la|des|d'une) (gouvernement|coalition|alliance|cabinet|parti|nuage|cristaux))/, en: /\bformations?\b(?! of)/, right: "training, education; a (political) party", unless: /\b(constitution|creation|structure)\b/ },
  { source: "ignorer", fr: /\bignor(e|es|ent|er|ait|aient|ais|era|eront|ant|ons|ez)\b (que|qu'|si|ou|comment|pourquoi|tout)/, en: /\bignor(e|es|ed|ing) (that|whether|if|where|how|why|what|everything)\b/, right: "not know, be unaware of" },
  { source: "sensible", fr: /\bsensibles?\b/, en: /\bsensibl[ey]\b/, right: "sensitive", unless: /\b(raisonnables?|senses?|judicieu(x|se|ses)|sage(s|ment)?)\b/ },
  { source: "sympathique", fr: /\bsympa(thique)?s?\b/, en: /\bsympathetic\b/, right: "nice, friendly, likeable", unless: /\b(compatissante?s?|comprehensi(f|fs|ve|ves)|favorables?|bienveillante?s?)\b/ },
  { source: "déception", fr: /\bdeceptions?\b/, en: /\bdeceptions?\b/, right: "disappointment", unless: /\b(tromperies?|supercheries?|duperies?|mensonges?|ruses?)\b/ },
  { source: "décevoir", fr: /\b(decev\w*|decoi\w*|decu(e|s|es)?)\b/, en: /\bdeceiv(e|es|ed|ing)\b/, right: "disappoint", unless: /\b(tromp\w*|dup(e|er|ait|aient|ent|ee)\b|abus(e|er|ait)\b)/ },
  { source: "attendre", fr: /\b(attend(re|s|ait|aient|ent|ons|ez|u|ue|us|ues|ra|ront|ant)?)\b/, en: /\battend(s|ed|ing)?\b/, right: "wait (for), expect", unless: /\b(assist\w*|particip\w*|presence|present(e|s|es)?|frequent\w*|suivr\w*|suiv(ait|ent)|rendr\w*|rend(ra|ront|ait|aient)?)\b/ },
  { source: "demander", fr: /\bdemand(er|e|es|ent|ait|aient|era|eront|ant|ons|ez|ee|ees|es)\b/, en: /\bdemand(ed|s)? (that|him|her|them|us|me|whether|if|why|how|when|where)\b/, right: "ask (for)", unless: /\b(exig\w*|reclam\w*|revendiqu\w*|somm(e|er|ait|ent)\b|impos\w*)/ },
  { source: "prétendre", fr: /\bpreten(d|ds|dre|dait|daient|dent|du|due|dus|dues|dant|dra)\b/, en: /\bpretend(s|ed|ing)?\b/, right: "claim", unless: /\b(faire semblant|fai(t|sait|saient|sant|re) semblant|feind\w*|feign\w*|simul\w*)/ },
  { source: "supporter", fr: /\b(ne|n') ?(\w+ )?(support(e|es|ent|ait|aient|er|era)|peu[tx] (pas|plus) supporter|pouv(ait|aient) (pas|plus) supporter)\b/, en: /\b(not|n't|never|no longer|cannot|can't) support\b/, right: "bear, stand, put up with", unless: /\b(soutien\w*|soutenir|souten\w*|appui\w*|appuy\w*|favorables?)\b/ },
  { source: "achever", fr: /\bachev(e|es|ent|er|ait|aient|era|eront|ant|ee|ees|ement)\b/, en: /\bachiev(e|es|ed|ing|ement|ements)\b/, right: "finish, complete", unless: /\b(realis\w*|attei\w*|accompli\w*|obten\w*|obtenu\w*|parven\w*|parvi\w*|reuss\w*|reussi\w*)/ },
  { source: "blesser", fr: /\bbless(e|es|ee|ees|er|ait|aient|ent|ure|ures|era)\b/, en: /\bbless(ed|es|ing)?\b/, right: "wound, injure, hurt", unless: /\b(ben(ir|i|ie|is|it|issait|ediction)\w*)\b/ },
  { source: "coin", fr: /\bcoins?\b/, en: /\bcoins?\b/, right: "corner, area", unless: /\b(pieces?|monnaie|jetons?)\b/ },
  { source: "compréhensif", fr: /\bcomprehensi(f|fs|ve|ves)\b/, en: /\bcomprehensive\b/, right: "understanding", unless: /\b(complet(e|s|es)?|exhausti(f|fs|ve|ves)|globa(l|le|les|ux)|detaille(e|s|es)?|approfondi(e|s|es)?|d'ensemble)\b/ },
  { source: "crayon", fr: /\bcrayons?\b(?! (de couleur|pastel|gras))/, en: /\bcrayons?\b/, right: "pencil" },
  { source: "délai", fr: /\bdelais?\b/, en: /\bdelays?\b/, right: "deadline, time limit, time", unless: /\b(retard(e|s|ee|es|er|ait)?|report(e|s|ee|er)?|ajourn\w*|sans delai)\b/ },
  { source: "envie de", fr: /\benvie (de|d')/, en: /\benv(y|ies|ied)\b/, right: "want, wish, feel like", unless: /\b(jalous\w*|convoit\w*|envi(er|ent|eux|euse|euses))\b/ },
  { source: "fabrique", fr: /\bfabriques?\b/, en: /\bfabrics?\b/, right: "factory, works", unless: /\b(tissus?|etoffes?|textiles?)\b/ },
  { source: "raisin", fr: /\braisins?\b(?! secs?)/, en: /\braisins?\b/, right: "grape", unless: /\bsecs?\b/ },
  { source: "journée", fr: /\bjournees?\b/, en: /\bjourneys?\b/, right: "day", unless: /\b(voyages?|trajets?|parcours|periples?|deplacements?|route)\b/ },
  { source: "lecture", fr: /\blectures?\b/, en: /\blectures?\b/, right: "reading", unless: /\b(conferences?|cours|exposes?|sermons?|lecons?|remontrances?)\b/ },
  { source: "monnaie", fr: /\bmonnaies?\b/, en: /\bmoney\b/, right: "currency, change", unless: /\b(argent|fonds|finances?|sous|liquidites?)\b/ },
  { source: "passer un examen", fr: /\bpass(e|es|er|ait|aient|ent|era|eront|ant|ee)\b (un|une|l'|le|son|ses|les|leur|leurs|des|sa) (examens?|concours|tests?|bac|baccalaureat|epreuves?)\b/, en: /\bpass(es|ed|ing)? (an|the|his|her|their|its|a) (exams?|examinations?|tests?)\b/, right: "take, sit (an exam)", unless: /\b(reussi\w*|reussir|recu(e|s|es)?|admis(e|es)?|obten\w*)\b/ },
  { source: "préservatif", fr: /\bpreservatifs?\b/, en: /\bpreservatives?\b/, right: "condom", unless: /\b(conservateurs?|conservation)\b/ },
  { source: "procès", fr: /\bproces\b/, en: /\bprocess(es)?\b/, right: "trial, case", unless: /\b(processus|procedes?|procedures?)\b/ },
  { source: "rente", fr: /\brentes?\b/, en: /\brents?\b/, right: "annuity, pension, unearned income", unless: /\b(loyers?|locations?|lou(er|e|ait|ent))\b/ },
  { source: "résumer", fr: /\bresum(er|e|es|ent|ait|aient|ee|ees|ant|era)\b/, en: /\bresum(e|es|ed|ing|ption)\b/, right: "sum up, summarise", unless: /\b(repr(is|ise|ises|end|endre|ennent|enait|ise)|reprise|continu\w*|relanc\w*)\b/ },
  { source: "retirer", fr: /\bretir(er|e|es|ent|ait|aient|ee|ees|ant|era|eront|ons|ez)\b/, en: /\bretir(e|es|ed|ing)\b/, right: "withdraw, remove, take out", unless: /(\bse |\bs\')(\w+ )?retir|\bretraite/ },
  { source: "car", fr: /\bcar\b/, en: /\bcars?\b/, right: "because, for", unless: /\b(voitures?|automobiles?|vehicules?|autocars?|autos?)\b/ },
  { source: "collège", fr: /\bcolleges?\b(?! (electoral|des commissaires|de france|des cardinaux))/, en: /\bcolleges?\b/, right: "secondary school", unless: /\b(universit\w*|facultes?|ecoles? superieures?|grandes? ecoles?)\b/ },
  { source: "cave", fr: /\bcaves?\b/, en: /\bcaves?\b/, right: "cellar", unless: /\b(grottes?|cavernes?|cavites?)\b/ },
  { source: "veste", fr: /\bvestes?\b/, en: /\bvests?\b/, right: "jacket", unless: /\b(gilets?|maillots?|debardeurs?)\b/ },
  { source: "éditeur", fr: /\bedit(eur|eurs|rice|rices)\b/, en: /\beditors?\b/, right: "publisher", unless: /\b(redact(eur|eurs|rice|rices|ion)|redaction|directeur de la publication)\b/ },
  { source: "gentil", fr: /\bgenti(l|ls|lle|lles|ment)\b/, en: /\bgentl[ey]\b/, right: "kind, nice", unless: /\b(doux|douce|douces|doucement|delicat\w*|tendre\w*|leger(e|s|es)?)\b/ },
  { source: "injure", fr: /\binjur(e|es|ier|ie|iee|ies|iait|iaient|ient|ieux)\b/, en: /\binjur(e|ed|es|ing|y|ies)\b/, right: "insult, abuse", unless: /\b(bless\w*|lesions?|traumatism\w*)\b/ },
  { source: "phrase", fr: /\bphrases?\b/, en: /\bphrases?\b/, right: "sentence", unless: /\b(expressions?|locutions?|formules?|tournures?)\b/ },
  { source: "prune", fr: /\bprunes?\b/, en: /\bprunes?\b/, right: "plum", unless: /\bpruneaux?\b/ },
  { source: "stage", fr: /\bstages?\b/, en: /\bstages?\b/, right: "internship, work placement, training course", unless: /\b(etapes?|scenes?|phases?|estrades?|stades?|tribunes?|planches|niveaux?)\b/ },
  { source: "surnom", fr: /\bsurnom(s|me|mee|mes|mer|ment)?\b/, en: /\bsurnames?\b/, right: "nickname", unless: /\b(nom de famille|noms de famille|patronymes?)\b/ },
  { source: "tentative", fr: /\btentatives?\b/, en: /\btentative(ly)?\b/, right: "attempt", unless: /\b(provisoires?|provisoirement|hesitante?s?|timides?|prudemment|incertaine?s?)\b/ },
  { source: "ancien", fr: /\bancien(ne|s|nes)?\b/, en: /\bancient (president|prime minister|minister|leader|head|director|chief|member|colleague|ambassador|mayor|secretary|champion|soldier|employee|chancellor|general|officer|partner|player|coach|boss|husband|wife|chairman)s?\b/, right: "former" },
  { source: "sale", fr: /\bsales?\b/, en: /\bsales?\b/, right: "dirty", unless: /\b(ventes?|soldes?|vend\w*|commerc\w*|chiffre d'affaires)\b/ },
  { source: "pétrole", fr: /\bpetrol(e|es|ier|iers|iere|ieres)\b/, en: /\bpetrol\b/, right: "oil, crude (oil)", unless: /\b(essence|carburants?|supercarburant)\b/ },
  { source: "préjudice", fr: /\bprejudices?\b/, en: /\bprejudices?\b/, right: "harm, damage, loss", unless: /\b(prejuges?|parti pris|a priori|discrimination\w*|racisme)\b/ },
  { source: "hasard", fr: /\bhasards?\b/, en: /\bhazards?\b/, right: "chance, coincidence", unless: /\b(dangers?|risques?|perils?|menaces?)\b/ },
  { source: "réaliser", fr: /\breali(ser|se|ses|sent|sait|saient|se|see|sees|sant|sera|seront|sation)\b/, en: /\breali[sz](e|es|ed|ing) (a|an|the|this|that|its|his|her|their|our) (film|movie|documentary|study|survey|project|investment|interview|report|operation|attack|profit|profits|sale|sales|merger)\b/, right: "carry out, make, produce" },
  { source: "commander", fr: /\bcommand(er|e|es|ent|ait|aient|ee|ees|era|eront|ant)\b/, en: /\bcommand(s|ed|ing)? (\w+ )?(aircraft|planes|jets|fighters|helicopters|vaccines|doses|equipment|weapons|missiles|submarines|ships|frigates|trains|tanks|drones)\b/, right: "order (goods)" },
  { source: "manifestation", fr: /\bmanifestations?\b/, en: /\bmanifestations?\b(?! of)/, right: "demonstration, protest, event", unless: /\b(signes?|symptomes?|expressions?|preuves?)\b/ },
  { source: "militant", fr: /\bmilitant(e|s|es)?\b/, en: /\bmilitants?\b/, right: "activist, campaigner, party member", unless: /\b(arme(e|s|es)?|combattants?|djihad\w*|jihad\w*|islamist\w*|terroris\w*|insurge\w*|guerill\w*)\b/ },
  { source: "syndicat", fr: /\bsyndica(t|ts|ux|le|les|lisme|liste|listes)\b/, en: /\bsyndicat(e|es|ed)\b/, right: "trade union, union", unless: /\b(consortiums?|cartels?|crime organise|mafia\w*)\b/ },
  { source: "évidence", fr: /\bevidences?\b/, en: /\bevidence\b/, right: "obviousness; “clearly”, “obviously”", unless: /\b(preuves?|indices?|elements?|temoignages?|constat\w*)\b/ },
  { source: "exposition", fr: /\bexpositions?\b/, en: /\bexpositions?\b/, right: "exhibition, show; exposure", unless: /\b(exposes?|explications?|presentations?)\b/ },
  { source: "conducteur", fr: /\bconduct(eur|eurs|rice|rices)\b/, en: /\bconductors?\b/, right: "driver", unless: /\b(chefs? d'orchestre|controleurs?|semi-conducteurs?)\b/ },
  { source: "instance", fr: /(?<!premiere |seconde |deuxieme |en )\binstances?\b/, en: /(?<!for |first |second )\binstances?\b/, right: "authority, body", unless: /\b(exemples?|cas)\b/ },
];
