import { missingContent, splitSentences } from "@/domain/qa/checks/content";
import { findFrenchFragment } from "@/domain/qa/checks/prose";
const c = { glossary: [], sourceLang: "fr", targetLang: "en" };
const f = "Le gouvernement a présenté son budget mardi. Il prévoit 12 milliards d'euros d'économies d'ici 2027. Les syndicats ont dénoncé un plan d'austérité.";
console.log(splitSentences(f));
console.log(missingContent.check({ kind: "BODY", state: "TRANSLATED", sourceText: f, targetText: "The government presented its budget on Tuesday. The unions denounced an austerity plan." }, c));
console.log(findFrenchFragment("Selon lui, c'est une décision historique.", "According to him, c'est une décision historique."));
console.log(findFrenchFragment("Le ministre a déclaré que la réforme est nécessaire.", "The minister said que la réforme est nécessaire."));
