import { defineContract } from "../../api/contract";
import { glossaryTermFields, glossaryTermSchema } from "./glossary-term-dto.schema";

export const createGlossaryTermInput = glossaryTermFields;

export const createGlossaryTermContract = defineContract({
  operationId: "createGlossaryTerm",
  tag: "glossary",
  method: "POST",
  path: "/api/glossary",
  summary: "Adds a term; a source term already in the glossary is a 409 (ALREADY_EXISTS).",
  access: "glossary:manage",
  body: createGlossaryTermInput,
  response: glossaryTermSchema,
  status: 201,
});
