import { defineContract } from "../../api/contract";
import { glossaryLangInput, glossaryTermFields, glossaryTermSchema } from "./glossary-term-dto.schema";

export const createGlossaryTermInput = glossaryTermFields.extend({
  /** The pair's target language (BCP 47); English when omitted. */
  targetLang: glossaryLangInput,
});

export const createGlossaryTermContract = defineContract({
  operationId: "createGlossaryTerm",
  tag: "glossary",
  method: "POST",
  path: "/api/glossary",
  summary: "Adds a term; a source term already in the glossary of that language pair is a 409 (ALREADY_EXISTS).",
  access: "glossary:manage",
  body: createGlossaryTermInput,
  response: glossaryTermSchema,
  status: 201,
});
