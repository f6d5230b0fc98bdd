import { z } from "zod";
import { defineContract } from "../../api/contract";
import { glossaryTermSchema } from "./glossary-term-dto.schema";

export const glossaryTermListSchema = z.array(glossaryTermSchema);

export const listGlossaryTermsContract = defineContract({
  operationId: "listGlossaryTerms",
  tag: "glossary",
  method: "GET",
  path: "/api/glossary",
  summary: "Every term of the French-English glossary, by source term.",
  access: "document:view",
  response: glossaryTermListSchema,
});
