import { z } from "zod";
import { defineContract, idParams } from "../../api/contract";
import { glossaryTermFields, glossaryTermSchema } from "./glossary-term-dto.schema";

/** The whole term, with the version it was read at. */
export const updateGlossaryTermInput = glossaryTermFields.extend({
  id: z.string().min(1).max(64),
  version: z.number().int().positive(),
});

export const updateGlossaryTermContract = defineContract({
  operationId: "updateGlossaryTerm",
  tag: "glossary",
  method: "PUT",
  path: "/api/glossary/{id}",
  summary: "Replaces a term with the version it was read at; a stale version is a 409, another term's source term is ALREADY_EXISTS.",
  access: "glossary:manage",
  params: idParams,
  body: updateGlossaryTermInput.omit({ id: true }),
  response: glossaryTermSchema,
});
