import { z } from "zod";
import { defineContract } from "../../api/contract";
import { glossaryLangQuery, glossaryTermSchema } from "./glossary-term-dto.schema";

export const glossaryTermListSchema = z.array(glossaryTermSchema);

export const listGlossaryTermsContract = defineContract({
  operationId: "listGlossaryTerms",
  tag: "glossary",
  method: "GET",
  path: "/api/glossary",
  summary: "Every term of the glossary from French to one target language (English unless lang names another), by source term.",
  access: "document:view",
  query: glossaryLangQuery,
  response: glossaryTermListSchema,
});
